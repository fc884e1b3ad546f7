import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { fr } from '../i18n/fr';
import { cachedFolder, filesUnder } from '../lib/build-cache';
import { timed } from './timings';

/**
 * The key of the search index: the installed Pagefind and every page it reads. Once one page carries
 * `data-pagefind-body`, Pagefind skips the pages without it, so only those pages count.
 */
function searchIndexKey(outDir: string, lockFile: string): string {
  const hash = createHash('sha256').update(readFileSync(lockFile));
  // One file at a time: the pages of a large directory weigh hundreds of megabytes together.
  for (const file of filesUnder(outDir).filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(join(outDir, file));
    if (html.includes('data-pagefind-body')) hash.update(`${file}\0`).update(html).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Builds the Pagefind search index of the built site into `pagefind/`, at the end of every build, as
 * Starlight does: Pagefind's Node API, which runs its indexer in a child process. Only elements marked
 * `data-pagefind-body` are indexed (profiles, municipality pages, stories, myths); site chrome carries
 * `data-pagefind-ignore`.
 */
export default function pagefind(): AstroIntegration {
  let cacheDir = '';
  let lockFile = '';
  return {
    name: 'tlpj:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('tlpj-pagefind/', config.cacheDir));
        lockFile = fileURLToPath(new URL('package-lock.json', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await timed(logger, 'pagefind (index de recherche)', async () => {
          const reused = await cachedFolder(cacheDir, searchIndexKey(outDir, lockFile), join(outDir, 'pagefind'), async (folder) => {
            try {
              const { index, errors } = await createIndex({ forceLanguage: 'fr' });
              if (!index) throw new Error(`Pagefind n'a pas pu créer l'index : ${errors.join(', ')}`);
              const added = await index.addDirectory({ path: outDir });
              const written = await index.writeFiles({ outputPath: folder });
              const problems = [...added.errors, ...written.errors];
              if (problems.length > 0) throw new Error(`Pagefind : ${problems.join(', ')}`);
              logger.info(fr.build.searchIndexBuilt(added.page_count));
            } finally {
              await close();
            }
          });
          if (reused) logger.info(fr.build.searchIndexReused);
        });
      },
    },
  };
}
