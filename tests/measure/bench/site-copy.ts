/**
 * The project, copied next to the benchmark's content so that the full build runs exactly as in the
 * working tree but keeps everything it writes to itself: Astro's cache (pages, social images, search index)
 * and generated types. A cold build removes them all; the working tree's own caches are never read nor
 * pruned.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { searchIndexCacheDir } from '../../../src/integrations/content-cache';

/** What a build writes under the project root, or what it does not need. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', '.cache', 'content', 'bench-out', 'test-results', 'benchmarks']);

export interface SiteCopy {
  root: string;
  /** Relative to `root`, for `astro build --config`. */
  configFile: string;
  outDir: string;
  /** Where the search index step keeps the index: inside Astro's cache folder of the copy, as in the project. */
  indexCacheDir: string;
  /** What a cold build must not find. */
  caches: string[];
  /** How `buildProgram` (tests/support/build-site.ts) builds this copy. */
  buildOptions: { root: string; astroOptions: string[]; indexCacheDir: string };
}

export function copySite(projectRoot: string, target: string): SiteCopy {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (NOT_COPIED.has(name) || name.endsWith('.log')) continue;
    cpSync(join(projectRoot, name), join(target, name), { recursive: true, filter: (source) => basename(source) !== 'node_modules' });
  }
  // The same packages as the project; the build's output stays inside the copy, where the prerender
  // step finds them.
  symlinkSync(join(projectRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  const cacheDir = join(target, 'cache');
  const configFile = 'astro.bench.config.mjs';
  // Astro's cache would otherwise go to node_modules/.astro, that is into the project's own node_modules.
  writeFileSync(join(target, configFile), `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: ${JSON.stringify(cacheDir)} };\n`);
  const indexCacheDir = searchIndexCacheDir(cacheDir);
  return {
    root: target,
    configFile,
    outDir: join(target, 'dist'),
    indexCacheDir,
    caches: [cacheDir, join(target, '.cache'), join(target, '.astro')],
    buildOptions: { root: target, astroOptions: ['--config', configFile], indexCacheDir },
  };
}
