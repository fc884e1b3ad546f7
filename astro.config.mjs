// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.config.ts';
import contentCache, { cacheDirFor } from './src/integrations/content-cache.ts';
import { contentReport } from './src/integrations/content.ts';
import { safeMarkdownPlugin } from './src/lib/safe-markdown.ts';
import cms from './src/integrations/cms.ts';
import reuseDist from './src/integrations/reuse-dist.ts';
import { clientFilesInPageKeys } from './src/lib/page-cache.ts';
import { routes, withBase } from './src/lib/routes.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'ignore',
  cacheDir: cacheDirFor(site.contentDir),
  // The stylesheet is small: inlined, it spares a render-blocking request on slow mobile networks.
  // Four pages at a time: while sharp's threads turn one social image into a PNG, the main thread lays out the
  // next ones; two at a time made a cold build at 5,000 organisations 62 % longer (BENCHMARKS.md, eighth session).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Profiles, need pages and municipality pages give a cacheKey (lib/page-cache.ts): a build renders again
  // only those whose data or code changed, which matters for a 211-sized directory.
  experimental: { incrementalBuild: true },
  // The sitemap leaves out the 404 page by itself, and is told to leave out the coordinator's editor.
  integrations: [
    contentCache(),
    reuseDist(),
    contentReport(site.contentDir),
    mdx(),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(withBase(routes.cms(), site.base)) }),
    cms(site.cms),
  ],
  // Partners write the Markdown: no raw HTML, script or unsafe link may reach a page (lib/safe-markdown.ts).
  markdown: { processor: satteri({ hastPlugins: [safeMarkdownPlugin] }) },
  devToolbar: { enabled: false },
  vite: { plugins: [clientFilesInPageKeys()] },
});
