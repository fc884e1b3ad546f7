/**
 * Rendering of the social images: satori lays the card out as SVG, sharp (Astro's own image library) turns it
 * into a PNG. Build-time
 * only: loaded by the endpoint `pages/og/[...image].png.ts`, never by a page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, ogCardTree, type OgCard } from './og';

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

/**
 * Atkinson Hyperlegible, the site's own font, in WOFF (satori reads WOFF, not WOFF2). Resolved from the
 * project's folder: the bundled endpoint runs from the build's output, outside it.
 */
export function loadOgFonts(projectRoot = process.cwd()): OgFont[] {
  const require = createRequire(join(projectRoot, 'package.json'));
  return FONT_FILES.map(({ weight, file }) => ({
    name: 'Atkinson Hyperlegible',
    data: readFileSync(require.resolve(file)),
    weight,
    style: 'normal',
  }));
}

/**
 * Renders one card as a PNG. Only the layout (satori) runs on the main thread: sharp rasterises and encodes
 * on its own threads, so with the pages Astro renders at once (`build.concurrency`) both cores work. At
 * 5,000 organisations this halved the images' share of a cold build against resvg, whose PNG encoding ran on
 * the main thread (BENCHMARKS.md, sixth session).
 */
export async function renderOgImage(card: OgCard, fonts: OgFont[]): Promise<Buffer> {
  // satori's element type is React's; a plain object tree of the same shape is what it reads.
  const svg = await satori(ogCardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts,
  });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
