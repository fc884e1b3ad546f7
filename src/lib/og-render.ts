/**
 * Rendering of the social images (satori lays the card out as SVG, resvg turns it into a PNG) and their
 * cache between builds. Build-time only: loaded by the og-images integration.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { linkFiles } from './build-cache';
import { OG_HEIGHT, OG_TEMPLATE_VERSION, OG_WIDTH, ogCardTree, type OgCard } from './og';

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const FONT_FILES = [
  { weight: 400, file: '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff' },
  { weight: 700, file: '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff' },
] as const;

/** Atkinson Hyperlegible, the site's own font, in WOFF (satori reads WOFF, not WOFF2). */
export function loadOgFonts(): OgFont[] {
  const require = createRequire(import.meta.url);
  return FONT_FILES.map(({ weight, file }) => ({
    name: 'Atkinson Hyperlegible',
    data: readFileSync(require.resolve(file)),
    weight,
    style: 'normal',
  }));
}

/** Changes when a font file changes (a new version of the package), so images are rendered again. */
export function fontsHash(fonts: readonly OgFont[]): string {
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(font.data);
  return hash.digest('hex').slice(0, 16);
}

export function ogCacheKey(card: OgCard, fontHash: string): string {
  return createHash('sha256')
    .update(JSON.stringify([OG_TEMPLATE_VERSION, fontHash, card.title, card.kind, card.siteName, card.siteShortName]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Renders one card as a PNG. resvg rasterises on libuv's thread pool (`renderAsync`), so several cards in
 * flight keep both cores busy without a worker pool of our own; satori's layout stays on this thread.
 */
export async function renderOgImage(card: OgCard, fonts: OgFont[]): Promise<Buffer> {
  // satori's element type is React's; a plain object tree of the same shape is what it reads.
  const svg = await satori(ogCardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts,
  });
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } });
  return Buffer.from(image.asPng());
}

/** Writes through a temporary name, so an interrupted build never leaves half a PNG in the cache. */
export function writeFileAtomic(file: string, data: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** How old a cache entry's modification time may get before a build that uses it renews it. */
const TOUCH_AFTER_MS = 24 * 60 * 60 * 1000;

/** One page's image: the card it shows and where it goes in the built site. */
export interface OgJob {
  card: OgCard;
  outFile: string;
}

/** A card missing from the cache, to be rendered into `cacheFile`. */
export interface OgRenderTask {
  card: OgCard;
  cacheFile: string;
}

export interface OgBuildResult {
  /** Images rendered by this run. */
  rendered: number;
  /** Pages whose image came from the cache. */
  reused: number;
  renderMs: number;
}

export interface OgBuildOptions {
  cacheDir: string;
  fontHash: string;
  /** Renders every task into its cache file (in this thread or in workers). */
  render: (tasks: OgRenderTask[]) => Promise<void>;
}

/**
 * Puts each page's image in place, rendering only the cards that are not cached yet. Cards are keyed by
 * their content, so a build where nothing changed renders nothing, and pages sharing a card share one render.
 */
export async function buildOgImages(jobs: readonly OgJob[], options: OgBuildOptions): Promise<OgBuildResult> {
  const cacheFiles = jobs.map((job) => join(options.cacheDir, `${ogCacheKey(job.card, options.fontHash)}.png`));
  const missing = new Map<string, OgRenderTask>();
  for (const [index, job] of jobs.entries()) {
    const cacheFile = cacheFiles[index] as string;
    if (!missing.has(cacheFile) && !existsSync(cacheFile)) missing.set(cacheFile, { card: job.card, cacheFile });
  }
  const start = performance.now();
  if (missing.size > 0) await options.render([...missing.values()]);
  const renderMs = performance.now() - start;

  linkFiles(jobs.map((job, index) => [cacheFiles[index] as string, job.outFile] as const));
  const now = new Date();
  let reused = 0;
  for (const cacheFile of cacheFiles) {
    if (!missing.has(cacheFile)) {
      reused += 1;
      // The modification time marks the entry as in use, so pruning keeps it; once a day is enough.
      if (now.getTime() - statSync(cacheFile).mtimeMs > TOUCH_AFTER_MS) utimesSync(cacheFile, now, now);
    }
  }
  return { rendered: missing.size, reused, renderMs };
}

/** Renders tasks `concurrency` at a time (measured on 2 cores: 4 in flight is about 25 % faster than 1). */
export function renderTasks(fonts: OgFont[], concurrency = 4): (tasks: OgRenderTask[]) => Promise<void> {
  return async (tasks) => {
    const queue = [...tasks];
    const runner = async () => {
      for (let task = queue.shift(); task; task = queue.shift()) writeFileAtomic(task.cacheFile, await renderOgImage(task.card, fonts));
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, runner));
  };
}

/** Removes cache entries no build has used for `maxAgeDays`, so the cache does not grow forever. */
export function pruneOgCache(cacheDir: string, maxAgeDays = 30): number {
  if (!existsSync(cacheDir)) return 0;
  const limit = Date.now() - maxAgeDays * 24 * 60 * 60 * 1000;
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    const file = join(cacheDir, name);
    if (statSync(file).mtimeMs < limit) {
      rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
