// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'ignore',
  // The stylesheet is small: inlined, it spares a render-blocking request on slow mobile networks.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [contentCheck(site.contentDir), mdx()],
  devToolbar: { enabled: false },
});
