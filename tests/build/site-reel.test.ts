/**
 * The real content/, which partners and the coordinator change every week: only what holds for any valid
 * content is checked here (support/site-invariants.ts), so that a correct change never turns a test red.
 * How pages render and behave is tested on the content the tests own (tests/fixtures/site).
 */
import { join } from 'node:path';
import { inject } from 'vitest';
import { projectRoot } from '../support/build-site';
import { describeSiteInvariants } from '../support/site-invariants';

describeSiteInvariants('le site réel (content/)', () => ({ contentDir: join(projectRoot, 'content'), siteDir: inject('realSiteDir') }));
