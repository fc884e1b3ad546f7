import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ogImagePath, ogImagesEnabled, ogKindFor, socialCard, type OgCard } from '../../src/lib/og';
import { loadOgFonts, renderOgImage } from '../../src/lib/og-render';

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

  it('shows the page title, the kind its path gives and the site names', () => {
    expect(socialCard('/territoire/larouche/2/', 'Larouche : services offerts (page 2)', { name: 'Table d’exemple', shortName: 'TE' })).toEqual({
      title: 'Larouche : services offerts (page 2)',
      kind: 'Municipalité',
      siteName: 'Table d’exemple',
      siteShortName: 'TE',
    });
  });

  it('is switched off by OG_IMAGES=0 only', () => {
    expect(ogImagesEnabled({})).toBe(true);
    expect(ogImagesEnabled({ OG_IMAGES: '1' })).toBe(true);
    expect(ogImagesEnabled({ OG_IMAGES: '0' })).toBe(false);
    expect(ogImagesEnabled({ OG_IMAGES: 'false' })).toBe(false);
  });

  it('renders a 1200×630 PNG, accented titles included', async () => {
    const png = await renderOgImage(card('Épicerie communautaire Halte-Ternative à Jonquière'), fonts);
    const { format, width, height } = await sharp(png).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 });
  });
});
