import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site';
import { ensureChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture content of tests/fixtures/carte (fictional places with coordinates), built at the root path. */
    fixtureMapDir: string;
    /** A Chromium that starts, found or installed by support/chromium.ts. */
    chromiumPath: string;
  }
}

/** The real content has no coordinates (none are sourced), so markers are tested on fictional content. */
export const FIXTURE_MAP_CONTENT = 'tests/fixtures/carte';

export default function setup(project: TestProject): void {
  // First: on a machine without a browser, the tests stop (or install one) before any build.
  project.provide('chromiumPath', ensureChromium());
  const fixture = buildSite({ name: 'carte', env: { CONTENT_DIR: FIXTURE_MAP_CONTENT } });
  if (fixture.status !== 0) throw new Error(`La construction du contenu d'exemple de la carte a échoué :\n${fixture.output}`);
  project.provide('fixtureMapDir', fixture.outDir);
}
