/**
 * Builds the site for tests into a temporary folder, with the real production build (`npm run build`).
 * Every `npm test` builds again: what makes a second build quick is Astro's own cache, not the tests.
 * Within one run, the build and browser test projects share one build per variant.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** This checkout's folder for test builds: two checkouts on one machine never write into the same one. */
export const testBuildsDir = join(
  tmpdir(),
  'tlpj-test-builds',
  `${basename(projectRoot)}-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 8)}`,
);

/** The Node arguments of `astro build`, the first step of `npm run build`, writing the site to `outDir`. */
export function astroBuildArguments(outDir: string, root = projectRoot): string[] {
  return [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
}

/** A program and its arguments, for spawn. */
export interface Program {
  file: string;
  args: string[];
}

const shellWord = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** Another project than this checkout (a copy), options of its `astro build`, where its search index is kept. */
export interface BuildOptions {
  root?: string;
  astroOptions?: string[];
  indexCacheDir?: string;
}

/**
 * `npm run build` (package.json) without npm in between: `astro build`, then the search index of the same
 * folder (`npm run recherche`). One shell runs both, so that they make one process tree, as under npm.
 * `astroOptions` go to `astro build` (`--config`); `indexCacheDir` is where the index is kept when Astro's
 * cache folder is not the usual one.
 */
export function buildProgram(outDir: string, options: BuildOptions = {}): Program {
  const root = options.root ?? projectRoot;
  const astro = [process.execPath, ...astroBuildArguments(outDir, root), ...(options.astroOptions ?? [])];
  const index = [process.execPath, '--import', join(root, 'scripts/ts-loader.mjs'), join(root, 'scripts/recherche.ts'), '--outDir', outDir];
  if (options.indexCacheDir) index.push('--cacheDir', options.indexCacheDir);
  return { file: '/bin/sh', args: ['-c', `${astro.map(shellWord).join(' ')} && ${index.map(shellWord).join(' ')}`] };
}

export interface BuildVariant {
  /** Short name, the folder name. */
  name: string;
  /** Environment of the build: SITE_BASE, SITE_URL, CONTENT_DIR, CMS_REPO… */
  env?: Record<string, string>;
}

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

/**
 * Vitest puts Vite's own variables (BASE_URL, MODE, PROD…) in process.env; a child build would take
 * them as its own and, for one, ignore the configured base.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const dropped = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  // A developer's settings (quick build, deployment address, content folder, editor) must not change what the
  // tests build: a variant sets them explicitly.
  for (const name of ['OG_IMAGES', 'SITE_URL', 'SITE_BASE', 'CONTENT_DIR', 'CMS_REPO']) dropped.add(name);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !dropped.has(key) && !key.startsWith('VITEST')));
}

/**
 * Both test projects' global setups run in the one Vitest process, each with its own copy of this module:
 * the builds of this run are kept on globalThis, so that the second setup finds the first one's.
 */
const builtThisRun: Map<string, BuildResult> = ((globalThis as { tlpjTestBuilds?: Map<string, BuildResult> }).tlpjTestBuilds ??= new Map());

/** Builds the variant (once per run) and returns where it is; `prepare` writes its content first. */
export function buildSite(variant: BuildVariant, prepare?: () => void): BuildResult {
  const key = JSON.stringify([variant.name, variant.env]);
  const earlier = builtThisRun.get(key);
  if (earlier) return earlier;
  prepare?.();
  const outDir = join(testBuildsDir, variant.name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const built = { outDir, ...runBuild(outDir, variant.env) };
  builtThisRun.set(key, built);
  return built;
}

/**
 * Builds the site as `npm run build` does, into `outDir`, with these variables; returns its status and log.
 * `options` build a copy of the project instead of this checkout (`buildOptions` of a site copy).
 */
export function runBuild(outDir: string, env: Record<string, string> = {}, options: BuildOptions = {}): Omit<BuildResult, 'outDir'> {
  const { file, args } = buildProgram(outDir, options);
  const result = spawnSync(file, args, {
    cwd: options.root ?? projectRoot,
    env: { ...cleanEnvironment(), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
