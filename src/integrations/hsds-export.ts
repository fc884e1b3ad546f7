import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fr } from '../i18n/fr';
import { cachedOutput, digest } from '../lib/build-cache';
import { buildDirectory } from '../lib/directory';
import { buildHsds, hsdsFiles } from '../lib/hsds';
import { absoluteUrl, routes } from '../lib/routes';
import { site } from '../site.config';
import { runOrDefer } from './after-build';
import { inCacheDir } from './content-cache';
import { readCheckedContent, type CheckedContentSource, type ContentCheckIntegration } from './content-check';
import { timed, type BuildLogger } from './timings';

/** Where a build is, for writing its open-data export. */
export interface HsdsExportJob {
  outDir: string;
  /** The export's cache, in Astro's cache folder. */
  cacheRoot: string;
  content: CheckedContentSource;
}

/**
 * Writes the open-data export (HSDS 3.0, JSON and CSV) under `/donnees/hsds/` from the content the
 * build checked: the same data as the pages, through the same directory model. It is kept in Astro's
 * cache folder, keyed by the content and the code, and made again only when one of them changed.
 */
export async function writeHsdsExport({ outDir, cacheRoot, content }: HsdsExportJob, logger: BuildLogger): Promise<void> {
  const result = await timed(logger, 'exports HSDS', () =>
    cachedOutput({
      cacheRoot,
      // The content key covers the content and the code; the site's address is in every URL of the export.
      key: digest([content.key, site.url, site.base]),
      targetDir: join(outDir, routes.hsds('').slice(1)),
      produce: (folder) => {
        const { organismes, territoires, categories } = readCheckedContent(content);
        const packageOptions = {
          title: fr.donnees.packageTitle,
          description: fr.donnees.packageDescription,
          homepage: absoluteUrl(routes.donnees(), site.url, site.base),
          licence: { name: site.data.licence, url: site.data.licenceUrl },
        };
        for (const [file, text] of hsdsFiles(buildHsds(buildDirectory({ organismes, territoires, categories }), site), packageOptions)) {
          const path = join(folder, file);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, text);
        }
      },
    }),
  );
  logger.info(fr.build.hsds(result.files, result.reused));
}

/**
 * The open-data export, written at the end of the build (or by `npm run build` after it, after-build.ts)
 * by plain file writes rather than Astro routes: a directory of thousands of services makes tens of
 * thousands of files and over a hundred megabytes, which Astro would hold as responses.
 */
export default function hsdsExport(check: Pick<ContentCheckIntegration, 'checkedContentSource'>): AstroIntegration {
  let cacheRoot: string | undefined;
  return {
    name: 'tlpj:hsds-export',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = inCacheDir(config, 'tlpj-hsds/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const step = { step: 'tlpj:hsds-export', outDir: fileURLToPath(dir), cacheRoot: cacheRoot as string, content: check.checkedContentSource() } as const;
        await runOrDefer(step, writeHsdsExport, logger);
      },
    },
  };
}
