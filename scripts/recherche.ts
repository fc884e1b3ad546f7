/**
 * `npm run recherche`: the search index of the built site, the step `npm run build` runs after
 * `astro build` (src/lib/search-index.ts says why it is a step of its own).
 *
 * Options: `--outDir` the built site (`dist` by default, as `astro build --outDir`), `--cacheDir` where the
 * index is kept between builds (by default in Astro's cache folder for the content folder, CONTENT_DIR).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDirFor, searchIndexCacheDir } from '../src/integrations/content-cache';
import { fr } from '../src/i18n/fr';
import { writeSearchIndex } from '../src/lib/search-index';
import { site } from '../src/site.config';

function options() {
  try {
    return parseArgs({
      options: {
        outDir: { type: 'string', default: 'dist' },
        cacheDir: { type: 'string', default: searchIndexCacheDir(cacheDirFor(site.contentDir)) },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(fr.build.searchIndexUsage(error instanceof Error ? error.message : String(error)));
    process.exit(1);
  }
}

const values = options();
try {
  await writeSearchIndex({
    outDir: resolve(values.outDir),
    cacheDir: resolve(values.cacheDir),
    lockFile: resolve('package-lock.json'),
    logger: console,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
