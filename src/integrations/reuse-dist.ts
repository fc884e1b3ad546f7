import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/build-cache';
import { inCacheDir } from './content-cache';

/**
 * Astro empties `dist/` at the start of a build, then copies back from its incremental cache every page and
 * file whose code and data did not change: at 5,000 organisations, 36,000 files (866 MB) deleted and copied
 * again by every warm build. Told not to empty it (`vite.build.emptyOutDir: false`), Astro leaves such a file
 * where it is (« cached » in its log); BENCHMARKS.md, eighth session, says what that saves. Two things are
 * then ours to do:
 * - trust only what this content folder's previous build left: a file of `dist/` that another build wrote or
 *   changed since (tests and the benchmark build other content folders) is removed before the build, which
 *   then renders it again or restores it from Astro's cache;
 * - remove what the build no longer produces (a partner's removed profile, its image and export files, an
 *   old script): a file that was there before the build, that the build did not write, and that is not one of
 *   the outputs Astro kept.
 */
export default function reuseDist(): AstroIntegration {
  let outDir = '';
  let recordFile = '';
  let left = new Map<string, number>();
  const modified = (file: string) => statSync(join(outDir, file), { throwIfNoEntry: false })?.mtimeMs;
  const remove = (files: string[]) => {
    for (const file of files) rmSync(join(outDir, file), { force: true });
    for (const folder of new Set(files.map((file) => dirname(join(outDir, file))))) removeIfEmpty(folder, outDir);
  };
  return {
    name: 'tlpj:reuse-dist',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = resolve(fileURLToPath(config.outDir));
        recordFile = inCacheDir(config, 'tlpj-dist.json');
      },
      'astro:build:start': () => {
        const record = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as { outDir: string; files: Record<string, number> }) : undefined;
        const ours = new Map(record?.outDir === outDir ? Object.entries(record.files) : []);
        const files = filesUnder(outDir);
        remove(files.filter((file) => ours.get(file) !== modified(file)));
        left = new Map(files.filter((file) => ours.has(file) && existsSync(join(outDir, file))).map((file) => [file, ours.get(file)!]));
        rmSync(recordFile, { force: true });
      },
      'astro:build:done': ({ assets }) => {
        const kept = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))));
        remove([...left].filter(([file, time]) => !kept.has(file) && modified(file) === time).map(([file]) => file));
        const files = Object.fromEntries(filesUnder(outDir).map((file) => [file, modified(file)]));
        writeFileSync(recordFile, JSON.stringify({ outDir, files }));
      },
    },
  };
}

/** Removes `folder`, then each parent left empty, up to `root`. */
function removeIfEmpty(folder: string, root: string): void {
  for (let current = folder; current.startsWith(`${root}/`) && existsSync(current) && readdirSync(current).length === 0; current = dirname(current)) rmdirSync(current);
}
