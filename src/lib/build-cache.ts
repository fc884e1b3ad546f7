/**
 * What the build keeps between builds besides Astro's own cache: the search index. Pagefind cannot update
 * an index (Pagefind/pagefind#71), and making it again costs about 11 s of a warm build at 5,000
 * organisations, over 30 % of it (BENCHMARKS.md): the index is kept while the pages it reads are the same,
 * byte for byte.
 *
 * Kept files are placed in `dist/` as hard links (copied where the file system refuses links): a warm
 * build of a large directory then writes almost nothing for them.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file under `dir`, as paths relative to it, in a stable order. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Places each source file at its target, making each target folder once (thousands of files share a few). */
export function linkFiles(pairs: Iterable<readonly [source: string, target: string]>): void {
  const made = new Set<string>();
  for (const [source, target] of pairs) {
    const folder = dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    rmSync(target, { force: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** A short digest of strings and buffers, in order. */
export function digest(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  // A separator after each part, so that ["ab", "c"] and ["a", "bc"] differ.
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/**
 * The folder `cacheDir/key`, made by `produce` when missing (only the latest key is kept), then linked into
 * `targetDir`. Returns whether it came from the cache.
 */
export async function cachedFolder(cacheDir: string, key: string, targetDir: string, produce: (dir: string) => Promise<void>): Promise<boolean> {
  const folder = join(cacheDir, key);
  const reused = existsSync(folder);
  if (!reused) {
    rmSync(cacheDir, { recursive: true, force: true });
    // Written aside, then renamed: an interrupted build never leaves half an index under a valid key.
    const temporary = `${folder}.tmp`;
    mkdirSync(temporary, { recursive: true });
    await produce(temporary);
    renameSync(temporary, folder);
  }
  linkFiles(filesUnder(folder).map((file) => [join(folder, file), join(targetDir, file)] as const));
  return reused;
}
