import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { fr } from '../i18n/fr';
import { cachedOutput, digest, filesUnder } from '../lib/build-cache';
import { runOrDefer } from './after-build';
import { inCacheDir } from './content-cache';
import { timed, type BuildLogger } from './timings';

const INDEX_OPTIONS: PagefindServiceConfig = { forceLanguage: 'fr' };
const BODY_MARKER = 'data-pagefind-body';

/**
 * What the index is made of: the path and HTML of every page Pagefind reads. Once one page carries
 * `data-pagefind-body`, Pagefind skips the pages without it, so only those pages count; with none, all do.
 * `packages` stands for the installed Pagefind: another version may write another index.
 */
export function searchIndexKey(outDir: string, htmlFiles: readonly string[], packages: string): string {
  const hashPages = (include: (html: Buffer) => boolean) => {
    const hash = createHash('sha256').update(`${packages}\0${JSON.stringify(INDEX_OPTIONS)}\0`);
    let pages = 0;
    // One file at a time: the pages of a large directory weigh hundreds of megabytes together.
    for (const file of htmlFiles) {
      const html = readFileSync(join(outDir, file));
      if (!include(html)) continue;
      hash.update(`${file}\0`).update(html).update('\0');
      pages += 1;
    }
    return { pages, key: hash.digest('hex').slice(0, 32) };
  };
  const withBody = hashPages((html) => html.includes(BODY_MARKER));
  return withBody.pages > 0 ? withBody.key : hashPages(() => true).key;
}

/** Where a build is, for writing its search index. */
export interface SearchIndexJob {
  outDir: string;
  /** The index's cache, in Astro's cache folder. */
  cacheRoot: string;
  lockFile: string;
}

/**
 * Builds the Pagefind search index of a built site into `pagefind/`, or links the cached one when the
 * pages it is made of did not change. Indexing thousands of profiles takes seconds and over a gigabyte
 * of memory, so the index is kept in Astro's cache folder, keyed by those pages.
 */
export async function writeSearchIndex({ outDir, cacheRoot, lockFile }: SearchIndexJob, logger: BuildLogger): Promise<void> {
  const result = await timed(logger, 'pagefind (index de recherche)', async () => {
    const htmlFiles = filesUnder(outDir).filter((file) => file.endsWith('.html'));
    let pageCount: number | undefined;
    const output = await cachedOutput({
      cacheRoot,
      key: searchIndexKey(outDir, htmlFiles, digest([readFileSync(lockFile)])),
      targetDir: join(outDir, 'pagefind'),
      produce: async (folder) => {
        try {
          const { index, errors } = await createIndex(INDEX_OPTIONS);
          if (!index) throw new Error(`Pagefind n'a pas pu créer l'index : ${errors.join(', ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join(', ')}`);
          const written = await index.writeFiles({ outputPath: folder });
          if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
          pageCount = added.page_count;
        } finally {
          await close();
        }
      },
    });
    return { ...output, pageCount };
  });
  logger.info(result.reused ? fr.build.searchIndexReused(result.files) : fr.build.searchIndexBuilt(result.pageCount, result.files));
}

/**
 * Builds the search index at the end of every build, so that no build can publish a site without its
 * index (a separate CLI step would be wiped by the next bare `astro build`). Only elements marked
 * `data-pagefind-body` are indexed: partner profiles, territory pages, stories and myth/fact pages.
 * Site chrome carries `data-pagefind-ignore`.
 *
 * `npm run build` runs it after Astro has exited (after-build.ts).
 */
export default function pagefind(): AstroIntegration {
  let cacheRoot: string | undefined;
  let lockFile: string | undefined;
  return {
    name: 'tlpj:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = inCacheDir(config, 'tlpj-pagefind/');
        lockFile = fileURLToPath(new URL('package-lock.json', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const step = { step: 'tlpj:pagefind', outDir: fileURLToPath(dir), cacheRoot: cacheRoot as string, lockFile: lockFile as string } as const;
        await runOrDefer(step, writeSearchIndex, logger);
      },
    },
  };
}
