import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities, metaTags, readHead } from '../../src/integrations/og-images';
import { ogImagePath, ogImagesEnabled, ogKindFor, pngSize, type OgCard } from '../../src/lib/og';
import { buildOgImages, fontsHash, loadOgFonts, renderOgImage, renderTasks, type OgJob } from '../../src/lib/og-render';

const fonts = loadOgFonts();
const card = (title: string, kind = 'Organisme'): OgCard => ({ title, kind, siteName: 'Table d’exemple', siteShortName: 'TE' });

describe('social image of a page', () => {
  it('derives a deterministic image path from the page path', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/organismes/')).toBe('/og/organismes.png');
    expect(ogImagePath('/organismes/patro-de-jonquiere/')).toBe('/og/organismes/patro-de-jonquiere.png');
    expect(ogImagePath('/404/')).toBe('/og/404.png');
  });

  it('derives the kind from the section, and falls back to a plain page', () => {
    expect(ogKindFor('/')).toBe('accueil');
    expect(ogKindFor('/organismes/')).toBe('repertoire');
    expect(ogKindFor('/organismes/patro-de-jonquiere/')).toBe('organisme');
    expect(ogKindFor('/territoire/larouche/')).toBe('municipalite');
    expect(ogKindFor('/prejuges/les-assistes-sociaux/')).toBe('prejuge');
    expect(ogKindFor('/une-section-future/')).toBe('page');
  });

  it('is switched off by OG_IMAGES=0 only', () => {
    expect(ogImagesEnabled({})).toBe(true);
    expect(ogImagesEnabled({ OG_IMAGES: '1' })).toBe(true);
    expect(ogImagesEnabled({ OG_IMAGES: '0' })).toBe(false);
    expect(ogImagesEnabled({ OG_IMAGES: 'false' })).toBe(false);
  });

  it('renders a 1200×630 PNG, accented titles included', async () => {
    const png = await renderOgImage(card('Épicerie communautaire Halte-Ternative à Jonquière'), fonts);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(Buffer.from('pas une image'))).toBeNull();
  });
});

describe('image cache', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tlpj-og-'));
    const cacheDir = join(dir, 'cache');
    const jobs = (titles: string[]): OgJob[] => titles.map((title, index) => ({ card: card(title), outFile: join(dir, 'dist', `${index}.png`) }));
    const run = (titles: string[]) => buildOgImages(jobs(titles), { cacheDir, fontHash: fontsHash(fonts), render: renderTasks(fonts) });
    return { dir, run };
  };

  it('renders nothing again when nothing changed, and only the changed card when one title changes', async () => {
    const { dir, run } = setup();
    const first = await run(['Patro de Jonquière', 'Centre l’Escale', 'Larouche']);
    expect(first).toMatchObject({ rendered: 3, reused: 0 });
    expect(pngSize(readFileSync(join(dir, 'dist', '2.png')))).toEqual({ width: 1200, height: 630 });

    expect(await run(['Patro de Jonquière', 'Centre l’Escale', 'Larouche'])).toMatchObject({ rendered: 0, reused: 3 });
    expect(await run(['Patro de Jonquière', 'Centre L’Escale (nouveau nom)', 'Larouche'])).toMatchObject({ rendered: 1, reused: 2 });
  });

  it('renders a card shared by two pages once', async () => {
    const { run } = setup();
    expect(await run(['Même titre', 'Même titre'])).toMatchObject({ rendered: 1, reused: 0 });
  });

  it('renders again when the font changes', async () => {
    const { dir } = setup();
    const jobs = [{ card: card('Bégin'), outFile: join(dir, 'out.png') }];
    const options = { cacheDir: join(dir, 'cache'), render: renderTasks(fonts) };
    await buildOgImages(jobs, { ...options, fontHash: 'a' });
    expect(await buildOgImages(jobs, { ...options, fontHash: 'b' })).toMatchObject({ rendered: 1 });
  });
});

describe('reading a built page', () => {
  it('reads the meta tags of the head, entities decoded', () => {
    const tags = metaTags(
      '<html><head><meta property="og:title" content="L&#39;Escale &amp; cie"><meta name="tlpj:og-kind" content="Organisme"></head><body><meta property="og:title" content="non"></body></html>',
    );
    expect(tags.get('og:title')).toBe("L'Escale & cie");
    expect(tags.get('tlpj:og-kind')).toBe('Organisme');
    expect(decodeEntities('&eacute;&#x2019;')).toBe('&eacute;’');
  });
});

describe('readHead', () => {
  it('reads a page up to the end of its head, even a long head with accents across reads, and no further', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tlpj-head-'));
    const head = `<head><meta property="og:title" content="Été"><style>${'é'.repeat(20_000)}</style></head>`;
    writeFileSync(join(dir, 'page.html'), `<!doctype html><html>${head}<body>${'x'.repeat(200_000)}</body></html>`);
    const read = readHead(join(dir, 'page.html'));
    expect(read).toContain(head);
    expect(read.length).toBeLessThan(head.length + 16 * 1024 + 100);
    expect(metaTags(read).get('og:title')).toBe('Été');
    writeFileSync(join(dir, 'sans-head.html'), 'texte');
    expect(readHead(join(dir, 'sans-head.html'))).toBe('texte');
  });
});
