/**
 * Social images (Open Graph): one 1200×630 PNG per page, with the page's title, its kind and the Table's
 * identity. This file holds what pages need (paths, kinds, the switch) and the card's layout; the
 * rendering is in `og-render.ts`, which pages never load, and the list of cards in `social-cards.ts`.
 */
import { fr } from '../i18n/fr';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Folder of the images in the built site. */
export const OG_DIR = 'og';

/** `OG_IMAGES=0` skips the images for quick local builds; pages then carry no `og:image` at all. */
export function ogImagesEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.OG_IMAGES?.trim().toLowerCase();
  return !(value === '0' || value === 'false' || value === 'non' || value === 'no');
}

/** Kinds of pages: those with a label in `fr.partage.ogKinds`. */
export type OgKind = keyof typeof fr.partage.ogKinds;

/**
 * The kind of a page from the first segment of its path: `[kind of the section's index, kind of a page in it]`.
 * Pages added later in an unknown section are a plain `page` unless they pass their own kind to the layout.
 */
const KIND_BY_SECTION: Record<string, readonly [OgKind, OgKind]> = {
  organismes: ['repertoire', 'organisme'],
  territoire: ['territoire', 'municipalite'],
  prejuges: ['prejuge', 'prejuge'],
  recits: ['recit', 'recit'],
  bilan: ['bilan', 'bilan'],
  carte: ['carte', 'carte'],
  recherche: ['recherche', 'recherche'],
  donnees: ['donnees', 'donnees'],
};

export function ogKindFor(path: string): OgKind {
  const segments = path.split('/').filter(Boolean);
  const [section] = segments;
  if (section === undefined) return 'accueil';
  const kinds = KIND_BY_SECTION[section];
  if (!kinds) return 'page';
  return segments.length === 1 ? kinds[0] : kinds[1];
}

/** Site path of a page's image: `/` → `/og/index.png`, `/organismes/x/` → `/og/organismes/x.png`. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.split(/[?#]/)[0]!.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `/${OG_DIR}/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** What a card shows. Everything here is part of the image's cache key. */
export interface OgCard {
  title: string;
  /** The kind's label, e.g. « Organisme ». */
  kind: string;
  siteName: string;
  siteShortName: string;
}

/** What the social image of the page at `path` shows. */
export function socialCard(path: string, title: string, siteNames: { name: string; shortName: string }): OgCard {
  return { title, kind: fr.partage.ogKinds[ogKindFor(path)], siteName: siteNames.name, siteShortName: siteNames.shortName };
}

const COLORS = { brand: '#0b4f71', brandDark: '#073650', text: '#ffffff', accent: '#ffbf47', muted: '#d6e6ee' };

/** Long titles get a smaller size; past 150 characters they are cut at a word, with an ellipsis. */
function fitTitle(title: string): { text: string; size: number } {
  const text = title.length > 150 ? `${title.slice(0, 150).replace(/\s+\S*$/, '')}…` : title;
  const size = text.length <= 30 ? 84 : text.length <= 60 ? 70 : text.length <= 100 ? 58 : 48;
  return { text, size };
}

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: Node | Node[] | string };
}

const h = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({
  type,
  props: { style, children },
});

/** The card: kind on top, title in the middle, the Table's identity at the bottom. */
export function ogCardTree(card: OgCard): Node {
  const title = fitTitle(card.title);
  // The padded card sits inside a fixed-size frame: satori counts padding outside an explicit width.
  return h('div', { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex' }, [
    h(
      'div',
      {
        flexGrow: 1,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px 56px',
        background: COLORS.brand,
        color: COLORS.text,
        fontFamily: 'Atkinson Hyperlegible',
        borderBottom: `20px solid ${COLORS.accent}`,
      },
      [
        h('div', { display: 'flex' }, [
          h(
            'div',
            {
              display: 'flex',
              background: COLORS.accent,
              color: COLORS.brandDark,
              fontSize: 32,
              fontWeight: 700,
              padding: '8px 24px',
              borderRadius: 8,
            },
            card.kind,
          ),
        ]),
        h('div', { display: 'flex', fontSize: title.size, fontWeight: 700, lineHeight: 1.15 }, title.text),
        h('div', { display: 'flex', alignItems: 'center' }, [
          h('div', { display: 'flex', fontSize: 52, fontWeight: 700, color: COLORS.accent, marginRight: 28 }, card.siteShortName),
          h('div', { display: 'flex', flexShrink: 1, fontSize: 26, color: COLORS.muted, lineHeight: 1.25 }, card.siteName),
        ]),
      ],
    ),
  ]);
}
