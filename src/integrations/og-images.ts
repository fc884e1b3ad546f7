import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fr } from '../i18n/fr';
import { filesUnder } from '../lib/build-cache';
import { OG_DIR, OG_KIND_META, ogImagesEnabled } from '../lib/og';
import { buildOgImages, fontsHash, loadOgFonts, pruneOgCache, renderTasks, type OgJob } from '../lib/og-render';
import { site } from '../site.config';
import { recordTiming, type BuildLogger } from './timings';

/** The start of a page up to its `</head>`, where its tags are: the rest of a page may weigh megabytes. */
export function readHead(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(16 * 1024);
    for (;;) {
      const read = readSync(descriptor, buffer, 0, buffer.length, null);
      if (read === 0) break;
      const chunk = Buffer.from(buffer.subarray(0, read));
      chunks.push(chunk);
      if (chunk.includes('</head>')) break;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number.parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? entity;
  });
}

/** The `<meta>` tags of a page, by `property` or `name`. */
export function metaTags(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const tags = new Map<string, string>();
  for (const [, attributes = ''] of head.matchAll(/<meta\s([^>]*)>/gi)) {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(attributes)?.[1];
    const key = attribute('property') ?? attribute('name');
    const content = attribute('content');
    if (key !== undefined && content !== undefined) tags.set(key, decodeEntities(content));
  }
  return tags;
}

/** Where a build is, for rendering its social images. */
export interface OgImagesJob {
  outDir: string;
  projectRoot: string;
}

/**
 * Renders the social image of every built page. Each page says what its card shows through its own tags
 * (`og:title`, `tlpj:og-kind`) and where the image goes (`og:image`), so pages added later get their
 * image without this step knowing them.
 */
export async function writeOgImages({ outDir, projectRoot }: OgImagesJob, logger: BuildLogger): Promise<void> {
  const start = performance.now();
  const imagePrefix = new URL(`${site.base}${OG_DIR}/`, site.url).href;
  const jobs: OgJob[] = [];
  for (const file of filesUnder(outDir).filter((name) => name.endsWith('.html')).map((name) => join(outDir, name))) {
    const tags = metaTags(readHead(file));
    const image = tags.get('og:image');
    const title = tags.get('og:title');
    if (!image?.startsWith(imagePrefix) || !title) continue;
    jobs.push({
      outFile: join(outDir, OG_DIR, decodeURIComponent(image.slice(imagePrefix.length))),
      card: { title, kind: tags.get(OG_KIND_META) ?? fr.partage.ogKinds.page, siteName: site.name, siteShortName: site.shortName },
    });
  }
  const fonts = loadOgFonts();
  // Outside dist, so that images survive from one build to the next (git-ignored).
  const cacheDir = join(projectRoot, '.cache/og');
  const result = await buildOgImages(jobs, { cacheDir, fontHash: fontsHash(fonts), render: renderTasks(fonts) });
  pruneOgCache(cacheDir);
  logger.info(fr.build.ogImages(result.rendered, result.reused, result.rendered > 0 ? result.renderMs / result.rendered : undefined));
  recordTiming(logger, 'og-images-rendered', result.renderMs, result.rendered);
  recordTiming(logger, 'og-images-reused', performance.now() - start - result.renderMs, result.reused);
  recordTiming(logger, 'og-images', performance.now() - start, jobs.length);
}

/** Renders the social images at the end of the build. */
export default function ogImages(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'tlpj:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!ogImagesEnabled()) {
          logger.info(fr.build.ogDisabled);
          return;
        }
        await writeOgImages({ outDir: fileURLToPath(dir), projectRoot }, logger);
      },
    },
  };
}
