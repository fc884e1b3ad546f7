import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cachedOutput, codeDigest, digest, filesUnder, linkTree } from '../../src/lib/build-cache';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tlpj-build-cache-'));
});

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('linkTree', () => {
  it('puts every file of a tree at the same place in another, sharing the bytes', () => {
    write(join(dir, 'from/a.json'), 'a');
    write(join(dir, 'from/sous/b.json'), 'b');
    write(join(dir, 'to/sous/b.json'), 'old');
    expect(linkTree(join(dir, 'from'), join(dir, 'to'))).toBe(2);
    expect(readFileSync(join(dir, 'to/a.json'), 'utf8')).toBe('a');
    // A file already there is replaced, not written into (which would change the cached copy).
    expect(readFileSync(join(dir, 'to/sous/b.json'), 'utf8')).toBe('b');
    expect(statSync(join(dir, 'to/a.json')).ino).toBe(statSync(join(dir, 'from/a.json')).ino);
    expect(filesUnder(join(dir, 'to'))).toEqual(['a.json', join('sous', 'b.json')]);
  });
});

describe('digest and codeDigest', () => {
  it('tells parts apart and follows every file of the listed folders', () => {
    expect(digest(['ab', 'c'])).not.toBe(digest(['a', 'bc']));
    write(join(dir, 'src/a.ts'), 'export const a = 1;');
    write(join(dir, 'src/lib/b.ts'), 'export const b = 1;');
    const before = codeDigest(dir, ['src', 'absent.json']);
    expect(codeDigest(dir, ['src', 'absent.json'])).toBe(before);
    write(join(dir, 'src/lib/b.ts'), 'export const b = 2;');
    expect(codeDigest(dir, ['src', 'absent.json'])).not.toBe(before);
  });
});

describe('cachedOutput', () => {
  const cacheRoot = () => join(dir, 'cache');

  it('produces an output once, then links the same files for the same key', async () => {
    let produced = 0;
    const produce = (folder: string) => {
      produced += 1;
      write(join(folder, 'index.json'), '{"n":1}');
      write(join(folder, 'services/x.json'), '{}');
    };
    const first = await cachedOutput({ cacheRoot: cacheRoot(), key: 'k1', targetDir: join(dir, 'dist1'), produce });
    const second = await cachedOutput({ cacheRoot: cacheRoot(), key: 'k1', targetDir: join(dir, 'dist2'), produce });
    expect(first).toEqual({ reused: false, files: 2 });
    expect(second).toEqual({ reused: true, files: 2 });
    expect(produced).toBe(1);
    expect(readFileSync(join(dir, 'dist2/services/x.json'), 'utf8')).toBe('{}');
  });

  it('produces again for another key and keeps only the most recently used keys', async () => {
    const produce = (folder: string) => write(join(folder, 'f'), 'x');
    for (const [index, key] of ['k1', 'k2', 'k3'].entries()) {
      await cachedOutput({ cacheRoot: cacheRoot(), key, targetDir: join(dir, `dist-${key}`), produce, keep: 2 });
      // Distinct times, so the order of use is certain.
      const time = new Date(Date.now() - (3 - index) * 1000);
      utimesSync(join(cacheRoot(), key), time, time);
    }
    await cachedOutput({ cacheRoot: cacheRoot(), key: 'k4', targetDir: join(dir, 'dist-k4'), produce, keep: 2 });
    expect(readdirSync(cacheRoot()).sort()).toEqual(['k3', 'k4']);
  });

  it('keeps nothing of an output whose production failed', async () => {
    const failing = async (folder: string) => {
      write(join(folder, 'half.json'), '{');
      throw new Error('échec');
    };
    await expect(cachedOutput({ cacheRoot: cacheRoot(), key: 'k1', targetDir: join(dir, 'dist'), produce: failing })).rejects.toThrow('échec');
    expect(readdirSync(cacheRoot())).toEqual([]);
    expect(existsSync(join(dir, 'dist/half.json'))).toBe(false);
  });
});
