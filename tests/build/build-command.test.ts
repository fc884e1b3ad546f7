/**
 * `npm run build` writes the open-data export, the search index and the social images once Astro has
 * exited, so that their memory does not add up with Astro's (integrations/after-build.ts). A plain
 * `astro build` runs the same steps inside the build. Both must publish the same site.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { cacheDirFor } from '../../src/integrations/content-cache';
import { buildArguments, cleanEnvironment, projectRoot, testBuildsDir, type BuildCommand } from '../support/build-site';
import { listFiles } from '../support/dist';
import { runScript } from '../support/run-script';

const work = join(testBuildsDir, 'build-command');
const STEPS = ['tlpj:pagefind', 'tlpj:hsds-export', 'tlpj:og-images'];

function build(command: BuildCommand, outDir: string, contentDir: string, env: Record<string, string> = {}): { status: number | null; log: string } {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, buildArguments(command, outDir), {
    cwd: projectRoot,
    env: { ...cleanEnvironment(), CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, log: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** Every file of a built site with a digest of its bytes. */
function fingerprints(outDir: string): Record<string, string> {
  return Object.fromEntries(listFiles(outDir).map((file) => [file, createHash('sha256').update(readFileSync(join(outDir, file))).digest('hex')]));
}

describe('npm run build and astro build', () => {
  const outDirs = { npm: join(work, 'npm'), astro: join(work, 'astro') };
  let npmLog = '';
  let astroLog = '';
  beforeAll(() => {
    const npm = build('npm run build', outDirs.npm, 'tests/fixtures/carte');
    expect(npm.status, npm.log).toBe(0);
    npmLog = npm.log;
    const astro = build('astro build', outDirs.astro, 'tests/fixtures/carte');
    expect(astro.status, astro.log).toBe(0);
    astroLog = astro.log;
  }, 300_000);

  it('npm run build runs the export, the search index and the social images after Astro, in that order', () => {
    const lines = npmLog.split('\n');
    const astroDone = lines.findIndex((line) => line.includes('[build] Complete!'));
    expect(astroDone, npmLog).toBeGreaterThan(0);
    for (const step of STEPS) {
      const deferred = lines.findIndex((line) => line.includes(`[${step}] ${fr.build.afterBuild}`));
      const ran = lines.findLastIndex((line) => line.includes(`[${step}]`));
      expect(deferred, `${step}\n${npmLog}`).toBeGreaterThan(0);
      expect(deferred).toBeLessThan(astroDone);
      expect(ran, `${step}\n${npmLog}`).toBeGreaterThan(astroDone);
    }
    const ranAfter = STEPS.map((step) => lines.findIndex((line, index) => index > astroDone && line.includes(`[${step}]`)));
    expect(ranAfter).toEqual([...ranAfter].sort((a, b) => a - b));
  });

  it('astro build runs the same steps inside the build', () => {
    expect(astroLog).not.toContain(fr.build.afterBuild);
    expect(astroLog).toMatch(/\[tlpj:pagefind\] Index de recherche/);
    expect(astroLog).toMatch(/\[tlpj:hsds-export\] Données ouvertes HSDS/);
    expect(astroLog).toMatch(/\[tlpj:og-images\] Images sociales/);
  });

  it('both publish the same files, byte for byte', () => {
    const npm = fingerprints(outDirs.npm);
    expect(Object.keys(npm).filter((file) => /^(pagefind|og|donnees\/hsds)\//.test(file)).length).toBeGreaterThan(30);
    expect(npm).toEqual(fingerprints(outDirs.astro));
  });
});

describe('npm run build when a step after Astro fails', () => {
  it('exits with an error that says the site is incomplete', () => {
    // Content of its own, so that no search index from an earlier build is in the cache.
    const contentDir = join(work, 'contenu-sans-index');
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(join(projectRoot, cacheDirFor(contentDir)), { recursive: true, force: true });
    cpSync(join(projectRoot, 'tests/fixtures/carte'), contentDir, { recursive: true });
    // Pagefind's binary replaced by one that exits at once.
    const broken = { PAGEFIND_EXTENDED_BINARY_PATH: '/bin/false', PAGEFIND_BINARY_PATH: '/bin/false', OG_IMAGES: '0' };
    const { status, log } = build('npm run build', join(work, 'sans-index'), contentDir, broken);
    // 1, or 13 when Pagefind's service dies before answering and its promise never settles.
    expect(status, log).not.toBe(0);
    expect(log).toContain('[build] Complete!');
    expect(log).toContain(fr.cli.build.stepFailed('tlpj:pagefind', ''));
  }, 120_000);
});

describe('npm run build -- --help', () => {
  it('prints the help of astro build and ends cleanly, with no step left to run', () => {
    const result = runScript('build.ts', ['--help']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('astro build');
    expect(result.stderr).not.toContain(fr.cli.build.noAfterBuildSteps);
  });
});
