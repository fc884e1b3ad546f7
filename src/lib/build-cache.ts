/**
 * Outputs kept between builds, outside `dist/` (which Astro empties at every build), and put back into
 * `dist/` as hard links: a warm build of a large directory then writes almost nothing for its search index,
 * its open-data export and its social images, and emptying `dist/` at the next build frees no data.
 *
 * A cached output is only ever replaced whole, never written in place, so a link in `dist/` never changes
 * under a published site. Where links are refused (another file system, some network drives), files are copied.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Places `source` at `target` without copying its bytes when the file system allows it. */
export function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      rmSync(target, { force: true });
      linkOrCopy(source, target);
    } else if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK') copyFileSync(source, target);
    else throw error;
  }
}

/** Every file under `dir`, as paths relative to it, in a stable order. */
export function filesUnder(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(relative(dir, full));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** Places each source file at its target, making each target folder once (thousands of files share a few). */
export function linkFiles(pairs: Iterable<readonly [source: string, target: string]>): void {
  const made = new Set<string>();
  for (const [source, target] of pairs) {
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    linkOrCopy(source, target);
  }
}

/** Puts every file of `sourceDir` at the same place under `targetDir`. Returns how many files. */
export function linkTree(sourceDir: string, targetDir: string): number {
  const files = filesUnder(sourceDir);
  linkFiles(files.map((file) => [join(sourceDir, file), join(targetDir, file)] as const));
  return files.length;
}

/** A short digest of strings and buffers, in order: the key of a cached output. */
export function digest(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    // A separator, so that ["ab", "c"] and ["a", "bc"] differ.
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * The code a cached output depends on: every file of the listed folders and files of the project (sources,
 * schemas, the lock file of the packages). Any change there invalidates the cache, which is coarse but
 * never stale.
 */
export function codeDigest(projectRoot: string, paths: readonly string[]): string {
  const parts: (string | Uint8Array)[] = [];
  for (const path of paths) {
    const full = join(projectRoot, path);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory() ? filesUnder(full).map((file) => join(path, file)) : [path];
    for (const file of files) parts.push(file, readFileSync(join(projectRoot, file)));
  }
  return digest(parts);
}

/** What a build's output depends on in the project: its code and the packages it runs with. */
export const BUILD_CODE = ['src', 'schemas', 'astro.config.mjs', 'package-lock.json'] as const;

export interface CachedOutputResult {
  /** Whether the output came from an earlier build. */
  reused: boolean;
  files: number;
}

/**
 * One kind of output (the search index, the open-data export…) under `cacheRoot`, one folder per key.
 * `produce` writes a missing output into the folder it is given; the output is then linked into `targetDir`.
 * Only the `keep` most recently used keys are kept, so the cache does not grow build after build.
 */
export async function cachedOutput(options: {
  cacheRoot: string;
  key: string;
  targetDir: string;
  produce: (dir: string) => Promise<void> | void;
  keep?: number;
}): Promise<CachedOutputResult> {
  const { cacheRoot, key, targetDir, produce, keep = 2 } = options;
  const folder = join(cacheRoot, key);
  const reused = existsSync(folder);
  if (!reused) {
    // Written aside, then renamed: an interrupted build never leaves half an output under a valid key.
    const temporary = join(cacheRoot, `.${key}.${process.pid}.tmp`);
    rmSync(temporary, { recursive: true, force: true });
    mkdirSync(temporary, { recursive: true });
    try {
      await produce(temporary);
      renameSync(temporary, folder);
    } catch (error) {
      rmSync(temporary, { recursive: true, force: true });
      throw error;
    }
  } else {
    const now = new Date();
    utimesSync(folder, now, now);
  }
  const files = linkTree(folder, targetDir);
  pruneKeys(cacheRoot, keep);
  return { reused, files };
}

/** An hour: older temporary folders were left by builds that were interrupted. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

function pruneKeys(cacheRoot: string, keep: number): void {
  const entries = readdirSync(cacheRoot, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const entry of entries) {
    const path = join(cacheRoot, entry.name);
    if (entry.name.startsWith('.') && Date.now() - statSync(path).mtimeMs > STALE_TEMPORARY_MS) rmSync(path, { recursive: true, force: true });
  }
  const keys = entries
    .filter((entry) => !entry.name.startsWith('.'))
    .map((entry) => ({ name: entry.name, time: statSync(join(cacheRoot, entry.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of keys.slice(keep)) rmSync(join(cacheRoot, name), { recursive: true, force: true });
}
