import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { timed } from './timings';

/**
 * Builds the Pagefind search index into the output folder at the end of every build, so that no build can
 * publish a site without its index (a separate CLI step would be wiped by the next bare `astro build`).
 * Only elements marked `data-pagefind-body` are indexed: partner profiles, territory pages and, once they
 * exist, stories and myth/fact pages. Site chrome carries `data-pagefind-ignore`.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'tlpj:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const pageCount = await timed(logger, 'pagefind (index de recherche)', async () => {
            const { index, errors } = await createIndex({ forceLanguage: 'fr' });
            if (!index) throw new Error(`Pagefind n'a pas pu créer l'index : ${errors.join(', ')}`);
            const added = await index.addDirectory({ path: outDir });
            if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join(', ')}`);
            const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
            if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
            return added.page_count;
          });
          logger.info(`Index de recherche : ${pageCount} pages indexées.`);
        } finally {
          await close();
        }
      },
    },
  };
}
