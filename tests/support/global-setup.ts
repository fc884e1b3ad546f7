import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site, built at the root path. */
    siteDir: string;
    /** The real site, built under the sub-path `/tlpj/`. */
    siteDirWithBase: string;
  }
}

export const TEST_BASE = '/tlpj/';

export default function setup(project: TestProject): void {
  const site = buildSite({ name: 'site' });
  if (site.status !== 0) throw new Error(`La construction du site a échoué :\n${site.output}`);
  const withBase = buildSite({ name: 'site-base', env: { SITE_BASE: TEST_BASE } });
  if (withBase.status !== 0) throw new Error(`La construction du site sous ${TEST_BASE} a échoué :\n${withBase.output}`);
  project.provide('siteDir', site.outDir);
  project.provide('siteDirWithBase', withBase.outDir);
}
