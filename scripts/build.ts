/**
 * `npm run build`: builds the site with `astro build` (options such as `--outDir` are passed on), then,
 * once Astro has exited, writes the open-data export, the search index and the social images.
 *
 * Those steps need much memory on a large directory (Pagefind alone over a gigabyte at 5,000
 * organisations), and Astro still holds more than that at the end of its build: run inside it, their
 * memory would add up. A plain `astro build` still runs them itself (integrations/after-build.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fr } from '../src/i18n/fr';
import { AFTER_BUILD_VARIABLE, readAfterBuildSteps, type AfterBuildStep } from '../src/integrations/after-build';
import { collectGarbageEarlier } from '../src/integrations/build-memory';
import { writeHsdsExport } from '../src/integrations/hsds-export';
import { writeOgImages } from '../src/integrations/og-images';
import { writeSearchIndex } from '../src/integrations/pagefind';
import type { BuildLogger } from '../src/integrations/timings';

const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** Astro's own log format, so that these steps read like the rest of the build. */
function loggerFor(name: string): BuildLogger {
  return { info: (message) => console.log(`${new Date().toTimeString().slice(0, 8)} [${name}] ${message}`) };
}

function runStep(step: AfterBuildStep): Promise<void> {
  const logger = loggerFor(step.step);
  switch (step.step) {
    case 'tlpj:hsds-export':
      return writeHsdsExport(step, logger);
    case 'tlpj:og-images':
      return writeOgImages(step, logger);
    case 'tlpj:pagefind':
      return writeSearchIndex(step, logger);
  }
}

// `npm run build -- --help`: Astro prints its help and builds nothing, so there is no step to run after it.
const askedForHelp = process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h');

const stepsFolder = mkdtempSync(join(tmpdir(), 'tlpj-build-'));
const stepsFile = join(stepsFolder, 'etapes.jsonl');
try {
  const astro = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [AFTER_BUILD_VARIABLE]: stepsFile },
  });
  const steps = existsSync(stepsFile) ? readAfterBuildSteps(readFileSync(stepsFile, 'utf8')) : [];
  if (astro.status !== 0) {
    process.exitCode = astro.status ?? 1;
  } else if (askedForHelp) {
    process.exitCode = 0;
  } else if (!steps.some((step) => step.step === 'tlpj:pagefind')) {
    // The build passed without reaching its search index step: publishing it would break the search.
    console.error(fr.cli.build.noAfterBuildSteps);
    process.exitCode = 1;
  } else {
    collectGarbageEarlier();
    let running: AfterBuildStep['step'] | undefined;
    // A step whose helper program dies (Pagefind's) can leave its promise unsettled: Node then ends the
    // script with code 13 without reaching the catch below, so the reason is said here.
    process.on('exit', () => {
      if (running) console.error(fr.cli.build.stepFailed(running, fr.cli.build.stepUnfinished));
    });
    for (const step of steps) {
      running = step.step;
      try {
        await runStep(step);
        running = undefined;
      } catch (error) {
        running = undefined;
        // The pages are built but the site is incomplete: it must not be published as is.
        console.error(fr.cli.build.stepFailed(step.step, error instanceof Error ? error.message : String(error)));
        process.exitCode = 1;
        break;
      }
    }
  }
} finally {
  rmSync(stepsFolder, { recursive: true, force: true });
}
