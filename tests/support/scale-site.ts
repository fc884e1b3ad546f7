/**
 * A directory of 160 synthetic organisations (the bench's generator, fixed seed): large enough that the
 * lists of needs and municipalities are cut into pages. Built by the global setup, before any test runs,
 * and shared by the build and browser tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { writeSyntheticContent } from '../../scripts/bench/synthetic-content';
import { codeDigest } from '../../src/lib/build-cache';
import { checkContent } from '../../src/lib/content-check';
import { buildSite, projectRoot, type BuildResult } from './build-site';

export const SCALE_ORGANISATIONS = 160;
const SEED = 7;
// One folder per clone: two clones on one machine (worktrees) must not write each other's content.
export const SCALE_CONTENT_DIR = join(tmpdir(), `tlpj-test-echelle-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 8)}`, 'content');

/**
 * Writes the content only when what it is made from changed: rewritten files would get new dates, and the
 * build, which is reused while its files keep their dates, would be made again for nothing.
 */
function writeScaleContent(): void {
  const stampFile = join(SCALE_CONTENT_DIR, '..', 'source.txt');
  const stamp = `${SCALE_ORGANISATIONS} ${SEED} ${codeDigest(projectRoot, ['content', 'scripts/bench/synthetic-content.ts'])}`;
  if (existsSync(SCALE_CONTENT_DIR) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  const real = checkContent(join(projectRoot, 'content'), { root: projectRoot }).content;
  writeSyntheticContent(real, { sourceDir: join(projectRoot, 'content'), targetDir: SCALE_CONTENT_DIR, organisations: SCALE_ORGANISATIONS, seed: SEED });
  writeFileSync(stampFile, stamp);
}

export function buildScaleSite(): BuildResult {
  writeScaleContent();
  return buildSite({ name: 'echelle', env: { CONTENT_DIR: SCALE_CONTENT_DIR, OG_IMAGES: '0' } });
}
