import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fr } from '../i18n/fr';
import { cachedOutput, digest } from '../lib/build-cache';
import { buildDirectory, type DirectoryInput } from '../lib/directory';
import { buildHsds, hsdsFiles } from '../lib/hsds';
import { absoluteUrl, routes } from '../lib/routes';
import { site } from '../site.config';
import type { ContentCheckIntegration } from './content-check';
import { timed } from './timings';

/**
 * Writes the open-data export (HSDS 3.0, JSON and CSV) under `/donnees/hsds/` at the end of the build, from
 * the content the check validated: the same data as the pages, through the same directory model.
 *
 * Written by plain file writes rather than Astro routes: a directory of thousands of services makes tens of
 * thousands of files and over a hundred megabytes, which Astro would hold as responses. The export is kept
 * in Astro's cache folder, keyed by the content and the code, and made again only when one of them changed.
 */
export default function hsdsExport(content: Pick<ContentCheckIntegration, 'checkedContent' | 'contentKey'>): AstroIntegration {
  let cacheRoot: string | undefined;
  return {
    name: 'tlpj:hsds-export',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's cache folder is one per content folder (astro.config.mjs), so builds of other content never share it.
        cacheRoot = fileURLToPath(new URL('tlpj-hsds/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await timed(logger, 'exports HSDS', () =>
          cachedOutput({
            cacheRoot: cacheRoot as string,
            // The content key covers the content and the code; the site's address is in every URL of the export.
            key: digest([content.contentKey(), site.url, site.base]),
            targetDir: join(fileURLToPath(dir), routes.hsds('').slice(1)),
            produce: (folder) => {
              const { organismes, territoires, categories } = content.checkedContent();
              const input: DirectoryInput = { organismes, territoires, categories };
              const packageOptions = {
                title: fr.donnees.packageTitle,
                description: fr.donnees.packageDescription,
                homepage: absoluteUrl(routes.donnees(), site.url, site.base),
                licence: { name: site.data.licence, url: site.data.licenceUrl },
              };
              for (const [file, text] of hsdsFiles(buildHsds(buildDirectory(input), site), packageOptions)) {
                const path = join(folder, file);
                mkdirSync(dirname(path), { recursive: true });
                writeFileSync(path, text);
              }
            },
          }),
        );
        logger.info(fr.build.hsds(result.files, result.reused));
      },
    },
  };
}
