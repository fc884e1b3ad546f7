import type { TestProject } from 'vitest/node';
import { buildSite, type BuildVariant } from './build-site';
import { SITE_FIXTURE } from './content';
import { buildScaleSite, SCALE_ORGANISATIONS } from './scale-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The content the tests own (tests/fixtures/site), built at the root path. */
    siteDir: string;
    /** The same, built under the sub-path `/tlpj/`. */
    siteDirWithBase: string;
    /** The same, built with OG_IMAGES=0 (no social images). */
    siteDirWithoutOg: string;
    /** The real content/, built at the root path: only what holds for any valid content is tested on it. */
    realSiteDir: string;
    /** A directory of 160 synthetic organisations, whose lists run over several pages. */
    scaleSiteDir: string;
  }
}

export const TEST_BASE = '/tlpj/';

function build(variant: BuildVariant, what: string): string {
  const result = buildSite(variant);
  if (result.status !== 0) throw new Error(`La construction ${what} a échoué :\n${result.output}`);
  return result.outDir;
}

export default function setup(project: TestProject): void {
  project.provide('siteDir', build({ name: 'site', env: { CONTENT_DIR: SITE_FIXTURE } }, 'du contenu des tests'));
  project.provide('siteDirWithBase', build({ name: 'site-base', env: { CONTENT_DIR: SITE_FIXTURE, SITE_BASE: TEST_BASE } }, `du contenu des tests sous ${TEST_BASE}`));
  project.provide('siteDirWithoutOg', build({ name: 'site-sans-og', env: { CONTENT_DIR: SITE_FIXTURE, OG_IMAGES: '0' } }, 'du contenu des tests avec OG_IMAGES=0'));
  project.provide('realSiteDir', build({ name: 'reel' }, 'du site réel'));
  const scale = buildScaleSite();
  if (scale.status !== 0) throw new Error(`La construction du répertoire de ${SCALE_ORGANISATIONS} organismes a échoué :\n${scale.output}`);
  project.provide('scaleSiteDir', scale.outDir);
}
