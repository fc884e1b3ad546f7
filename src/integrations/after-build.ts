import { appendFileSync } from 'node:fs';
import { fr } from '../i18n/fr';
import type { HsdsExportJob } from './hsds-export';
import type { OgImagesJob } from './og-images';
import type { SearchIndexJob } from './pagefind';
import type { BuildLogger } from './timings';

/**
 * The steps that work on a built site: the open-data export, the search index and the social images.
 * A plain `astro build` runs them at its end. `npm run build` (scripts/build.ts) runs them once Astro
 * has exited instead, so that their memory does not add up with what Astro still holds: at 5,000
 * organisations, Astro holds about 1.5 GB at the end of its build, Pagefind needs 1.3 GB, the export
 * and the image threads a few hundred megabytes each.
 */
export type AfterBuildStep =
  | ({ step: 'tlpj:hsds-export' } & HsdsExportJob)
  | ({ step: 'tlpj:pagefind' } & SearchIndexJob)
  | ({ step: 'tlpj:og-images' } & OgImagesJob);

/**
 * When this variable names a file, the build appends each of its after-build steps there, one JSON line
 * each, instead of running them; the command that started the build runs them, in that order.
 */
export const AFTER_BUILD_VARIABLE = 'TLPJ_AFTER_BUILD';

export async function runOrDefer<S extends AfterBuildStep>(step: S, run: (step: S, logger: BuildLogger) => Promise<void>, logger: BuildLogger): Promise<void> {
  const file = process.env[AFTER_BUILD_VARIABLE];
  if (!file) return run(step, logger);
  appendFileSync(file, `${JSON.stringify(step)}\n`);
  logger.info(fr.build.afterBuild);
}

/** The steps a build left to run, in order; none when it did not get to the end. */
export function readAfterBuildSteps(text: string): AfterBuildStep[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AfterBuildStep);
}
