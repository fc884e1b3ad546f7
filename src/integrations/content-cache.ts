import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';

/**
 * Astro keeps the content it read between builds, and reuses an entry whose file has not changed, file
 * path included. The same clone also builds other content folders (tests, benchmark: CONTENT_DIR), so the
 * real site could be built with entries pointing into a test folder. Two precautions: each content folder
 * gets its own cache (astro.config.mjs), and the list of deferred content modules, which Astro keeps beside
 * the sources for every folder alike, is written again from the current content at each build.
 */
export default function contentCache(): AstroIntegration {
  return {
    name: 'tlpj:content-cache',
    hooks: {
      'astro:config:setup': ({ config }) => {
        rmSync(new URL('.astro/content-modules.mjs', config.root), { force: true });
      },
    },
  };
}

/** The cache folder of a content folder: Astro's default for the real content, a folder of its own otherwise. */
export function cacheDirFor(contentDir: string): string {
  if (contentDir === 'content') return './node_modules/.astro';
  const name = contentDir.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(-80);
  return `./node_modules/.astro-contenus/${name}`;
}

/**
 * Where the search index step (scripts/recherche.ts) keeps the index between builds: inside Astro's cache
 * folder, so that it goes wherever that folder goes (kept by the publication recipes, emptied by a cold build).
 */
export function searchIndexCacheDir(astroCacheDir: string): string {
  return join(astroCacheDir, 'tlpj-pagefind');
}

/**
 * A file or folder (`name/`) that a build step keeps in Astro's cache folder. That folder is one per content
 * folder (cacheDirFor), so builds of other content never share what is kept there.
 */
export function inCacheDir(config: Pick<AstroConfig, 'cacheDir'>, name: string): string {
  return fileURLToPath(new URL(name, config.cacheDir));
}
