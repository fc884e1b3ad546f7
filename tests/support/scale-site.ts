/**
 * A directory of 160 synthetic organisations (the bench's generator, fixed seed): large enough that the
 * lists of needs and municipalities are cut into pages (and share their social image). Built by the global setup, before any test runs,
 * and shared by the build and browser tests.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticContent } from '../measure/bench/synthetic-content';
import { checkContent } from '../../src/lib/content-check';
import { buildSite, projectRoot, testBuildsDir, type BuildResult } from './build-site';

export const SCALE_ORGANISATIONS = 160;
const SEED = 7;
export const SCALE_CONTENT_DIR = join(testBuildsDir, 'echelle-contenu');

export function buildScaleSite(): BuildResult {
  return buildSite({ name: 'echelle', env: { CONTENT_DIR: SCALE_CONTENT_DIR } }, () => {
    rmSync(SCALE_CONTENT_DIR, { recursive: true, force: true });
    const real = checkContent(join(projectRoot, 'content'), { root: projectRoot }).content;
    writeSyntheticContent(real, { sourceDir: join(projectRoot, 'content'), targetDir: SCALE_CONTENT_DIR, organisations: SCALE_ORGANISATIONS, seed: SEED });
  });
}
