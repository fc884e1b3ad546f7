// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Pages are small; inlining their CSS saves a request on slow phones.
  // build.inlineStylesheets: 'auto' keeps shared CSS cacheable when it grows.
  integrations: [contentCheck(site.contentDir), mdx(), pagefind()],
  devToolbar: { enabled: false },
});
