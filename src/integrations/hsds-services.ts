import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routes } from '../lib/routes';
import { timed } from './timings';

/** The file, under the build folder, that holds every full service (pages/donnees/hsds/services-complets.json.ts). */
export const FULL_SERVICES_FILE = routes.hsds('services-complets.json');

/**
 * Writes `/donnees/hsds/services/<id>.json`, one full service per file, from the file that holds them all.
 * Thousands of Astro routes would cost a few milliseconds each; one route and plain file writes cost
 * almost nothing, and both come from the same export, so they can never disagree.
 */
export default function hsdsServices(): AstroIntegration {
  return {
    name: 'tlpj:hsds-services',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await timed(logger, 'exports HSDS (un fichier par service)', () => {
          const page = JSON.parse(readFileSync(`${root}${FULL_SERVICES_FILE.slice(1)}`, 'utf8')) as { contents: { id: string }[] };
          const folder = `${root}${routes.hsds('services/').slice(1)}`;
          mkdirSync(folder, { recursive: true });
          for (const service of page.contents) writeFileSync(`${folder}${service.id}.json`, JSON.stringify(service));
          return page.contents.length;
        });
      },
    },
  };
}
