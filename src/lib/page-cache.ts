/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose code and key are the same
 * as in the previous build is not rendered again, its earlier output is reused. Astro tracks the code; the
 * key must change whenever anything else the page shows changes, so it is made of the digests Astro gives
 * every content entry the page reads, and of what the environment changes in every page.
 */
import { digest } from './build-cache';
import type { Entry } from './directory';
import { ogImagesEnabled } from './og';

/** Entries as the key sees them: Astro's digest of each file, or the data itself for entries without one. */
export function entriesKey(entries: readonly Entry<unknown>[]): string {
  return digest(entries.flatMap((entry) => [entry.id, entry.digest === undefined ? JSON.stringify([entry.data, entry.body]) : String(entry.digest)]));
}

/** The `cacheKey` of one page, from the keys of what it shows. */
export function pageCacheKey(parts: readonly (string | number)[]): string {
  // Social images on or off changes the tags of every page, and is not part of Astro's configuration.
  return digest([String(ogImagesEnabled()), ...parts.map(String)]);
}
