/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose code and key are the same
 * as in the previous build is not rendered again, its earlier output is reused. Astro tracks the code; the
 * key must change whenever anything else the page shows changes, so it is made of the digests Astro gives
 * every content entry the page reads, and of what the environment changes in every page.
 */
import type { Plugin } from 'vite';
import { digest } from './build-cache';
import type { Entry } from './directory';
import { ogImagesEnabled } from './og';

/** Entries as the key sees them: Astro's digest of each file, or the data itself for entries without one. */
export function entriesKey(entries: readonly Entry<unknown>[]): string {
  return digest(entries.flatMap((entry) => [entry.id, entry.digest === undefined ? JSON.stringify([entry.data, entry.body]) : String(entry.digest)]));
}

/** What the client build wrote, shared with the pages' keys: the plugin and the pages run in one process. */
const clientBuild = ((globalThis as { tlpjClientBuild?: { files: string } }).tlpjClientBuild ??= { files: '' });

/**
 * Astro keeps a page while its own modules' sources are the same, but the page also names its scripts' files,
 * whose names change when another page's script changes how the code is split into shared files: the kept
 * page would name a file this build no longer writes (a missing script; withastro/astro#17704 for
 * stylesheets). The client build runs before any page is rendered, so every page's key holds the names of
 * the files it wrote, which carry their contents' hashes.
 */
export function clientFilesInPageKeys(): Plugin {
  return {
    name: 'tlpj:client-files-in-page-keys',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      clientBuild.files = digest(Object.keys(bundle).sort());
    },
  };
}

/** The `cacheKey` of one page, from the keys of what it shows. */
export function pageCacheKey(parts: readonly (string | number)[]): string {
  // Social images on or off changes the tags of every page, and is not part of Astro's configuration.
  return digest([String(ogImagesEnabled()), clientBuild.files, ...parts.map(String)]);
}
