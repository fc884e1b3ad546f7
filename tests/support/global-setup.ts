import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site';
import { buildScaleSite, SCALE_ORGANISATIONS } from './scale-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site, built at the root path. */
    siteDir: string;
    /** The real site, built under the sub-path `/tlpj/`. */
    siteDirWithBase: string;
    /** The real site, built with OG_IMAGES=0 (no social images). */
    siteDirWithoutOg: string;
    /** A directory of 160 synthetic organisations, whose lists run over several pages. */
    scaleSiteDir: string;
  }
}

export const TEST_BASE = '/tlpj/';

export default function setup(project: TestProject): void {
  const site = buildSite({ name: 'site' });
  if (site.status !== 0) throw new Error(`La construction du site a échoué :\n${site.output}`);
  const withBase = buildSite({ name: 'site-base', env: { SITE_BASE: TEST_BASE } });
  if (withBase.status !== 0) throw new Error(`La construction du site sous ${TEST_BASE} a échoué :\n${withBase.output}`);
  const withoutOg = buildSite({ name: 'site-sans-og', env: { OG_IMAGES: '0' } });
  if (withoutOg.status !== 0) throw new Error(`La construction du site avec OG_IMAGES=0 a échoué :\n${withoutOg.output}`);
  const scale = buildScaleSite();
  if (scale.status !== 0) throw new Error(`La construction du répertoire de ${SCALE_ORGANISATIONS} organismes a échoué :\n${scale.output}`);
  project.provide('siteDir', site.outDir);
  project.provide('scaleSiteDir', scale.outDir);
  project.provide('siteDirWithoutOg', withoutOg.outDir);
  project.provide('siteDirWithBase', withBase.outDir);
}
