/**
 * Builds the site for tests into a temporary folder, with the real production build (`npm run build`).
 * A build is reused while nothing it depends on has changed, so the build and browser test projects
 * share one build per variant and a second `npm test` does not rebuild.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** The two ways to build the site: the coordinator's `npm run build`, or Astro alone. */
export type BuildCommand = 'npm run build' | 'astro build';

/** The Node arguments of a build command, writing the site to `outDir`; `root` is the project's folder. */
export function buildArguments(command: BuildCommand, outDir: string, root = projectRoot): string[] {
  const target = ['--outDir', outDir];
  if (command === 'astro build') return [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...target];
  // What `npm run build` runs (package.json), without npm in between.
  return ['--import', join(root, 'scripts/ts-loader.mjs'), join(root, 'scripts/build.ts'), ...target];
}

export interface BuildVariant {
  /** Short name, part of the folder name. */
  name: string;
  /** Environment of the build: SITE_BASE, SITE_URL, CONTENT_DIR… */
  env?: Record<string, string>;
  /** `npm run build` unless said otherwise. */
  command?: BuildCommand;
}

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

function walk(path: string, files: string[]): void {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) walk(join(path, name), files);
  } else files.push(path);
}

/** A fingerprint of everything a build reads: sources, content, public files, configuration. */
function fingerprint(variant: BuildVariant): string {
  const files: string[] = [];
  const contentDir = resolve(projectRoot, variant.env?.CONTENT_DIR ?? 'content');
  for (const path of ['src', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json']) walk(join(projectRoot, path), files);
  walk(contentDir, files);
  const hash = createHash('sha256').update(JSON.stringify([variant.command, variant.env ?? {}]));
  for (const file of files.sort()) {
    const stat = statSync(file);
    hash.update(`${relative(projectRoot, file)}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Vitest puts Vite's own variables (BASE_URL, MODE, PROD…) in process.env; a child build would take
 * them as its own and, for one, ignore the configured base.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const dropped = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  // A developer's settings (quick build, deployment address, content folder) must not change what the tests
  // build: a variant sets them explicitly.
  for (const name of ['OG_IMAGES', 'SITE_URL', 'SITE_BASE', 'CONTENT_DIR']) dropped.add(name);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !dropped.has(key) && !key.startsWith('VITEST')));
}

/** Builds the variant (or reuses an identical earlier build) and returns where it is. */
export function buildSite(variant: BuildVariant): BuildResult {
  const outDir = join(tmpdir(), 'tlpj-test-builds', `${variant.name}-${fingerprint(variant)}`);
  const stamp = join(outDir, '.build-ok');
  if (existsSync(stamp)) return { outDir, status: 0, output: '(build reused)' };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = spawnSync(process.execPath, buildArguments(variant.command ?? 'npm run build', outDir), {
    cwd: projectRoot,
    env: { ...cleanEnvironment(), ...variant.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status === 0) writeFileSync(stamp, new Date().toISOString());
  return { outDir, status: result.status, output };
}
