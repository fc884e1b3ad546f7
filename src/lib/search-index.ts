/**
 * The Pagefind search index of a built site, written into its `pagefind/` folder. It is a step of its own
 * after `astro build` (`npm run recherche`, scripts/recherche.ts), as Pagefind's documentation shows: made
 * once Astro has exited, Pagefind's indexer (about 1.1 GiB at 5,000 organisations) no longer adds to Astro's
 * memory (together 3,280 MiB for the whole process tree when the index was made in `astro:build:done`).
 * Only elements marked `data-pagefind-body` are indexed (profiles, municipality pages, stories, myths);
 * site chrome carries `data-pagefind-ignore`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { fr } from '../i18n/fr';
import { timed, type BuildLogger } from '../integrations/timings';
import { cachedFolder, filesUnder } from './build-cache';

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

export interface SearchIndexOptions {
  /** The built site. */
  outDir: string;
  /** Where the index is kept between builds, reused while no indexed page changes. */
  cacheDir: string;
  /** The project's package-lock.json: a new Pagefind makes a new index. */
  lockFile: string;
  logger: BuildLogger;
}

/** Writes `outDir/pagefind/` with Pagefind's Node API, which runs its indexer in a child process. */
export async function writeSearchIndex({ outDir, cacheDir, lockFile, logger }: SearchIndexOptions): Promise<void> {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(fr.build.searchIndexNoSite(outDir));
  await timed(logger, 'pagefind (index de recherche)', async () => {
    const reused = await cachedFolder(cacheDir, searchIndexKey(outDir, lockFile), join(outDir, 'pagefind'), async (folder) => {
      try {
        const { index, errors } = await createIndex({ forceLanguage: 'fr' });
        if (!index) throw new Error(fr.build.searchIndexFailed(errors));
        const added = await index.addDirectory({ path: outDir });
        const written = await index.writeFiles({ outputPath: folder });
        const problems = [...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(fr.build.searchIndexFailed(problems));
        logger.info(fr.build.searchIndexBuilt(added.page_count));
      } finally {
        await close();
      }
    });
    if (reused) logger.info(fr.build.searchIndexReused);
  });
}
