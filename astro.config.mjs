// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.config.ts';
import contentCheck from './src/integrations/content-check.ts';
import { safeMarkdownPlugin } from './src/lib/safe-markdown.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Pages are small; inlining their CSS saves a request on slow phones.
  // build.inlineStylesheets: 'auto' keeps shared CSS cacheable when it grows.
  integrations: [contentCheck(site.contentDir), mdx()],
  // Partners write the Markdown: no raw HTML, script or unsafe link may reach a page (lib/safe-markdown.ts).
  markdown: { processor: satteri({ hastPlugins: [safeMarkdownPlugin] }) },
  devToolbar: { enabled: false },
});
