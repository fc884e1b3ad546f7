/**
 * Every internal address of the site, built in one place so that links, the map data, the search index,
 * the sitemap and the exports agree, and so that the configured `base` (e.g. `/tlpj/`) is always respected.
 */
import { listParams } from './ma-liste';

/** Prefixes a site path (`/organismes/`) with the base the site is served under. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const suffix = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${suffix}`;
}

/** Absolute address of a site path, for canonical links, social cards and exports. */
export function absoluteUrl(path: string, siteUrl: string, base?: string): string {
  return new URL(withBase(path, base), siteUrl).href;
}

/** Page `page` of a list at `path`: page 1 is the list's own address, the next ones add their number. */
function paged(path: string, page: number): string {
  return page > 1 ? `${path}${page}/` : path;
}

export const routes = {
  home: () => '/',
  organismes: () => '/organismes/',
  organisme: (id: string) => `/organismes/${id}/`,
  service: (organismeId: string, serviceId: string) => `/organismes/${organismeId}/#${serviceId}`,
  /** Every organisation offering a need, fifty a page (page 1 has no number). */
  categorie: (id: string, page = 1) => paged(`/organismes/besoin/${id}/`, page),
  territoires: () => '/territoire/',
  /** A municipality, and from page 2 the rest of the organisations serving it, fifty a page. */
  territoire: (id: string, page = 1) => paged(`/territoire/${id}/`, page),
  /** The printed guide of a municipality, or of the whole territory without an id. */
  guide: (territoireId?: string) => (territoireId === undefined ? '/guide/' : `/territoire/${territoireId}/guide/`),
  /** « Ma liste », kept on the reader's device; with a service id, the link that adds it. */
  maListe: (addServiceId?: string) => (addServiceId === undefined ? '/ma-liste/' : `/ma-liste/?${listParams.add}=${encodeURIComponent(addServiceId)}`),
  maListeDonnees: () => '/ma-liste/fiches.json',
  laTable: () => '/la-table/',
  bilan: () => '/bilan/',
  bilanAnnee: (annee: string) => `/bilan/${annee}/`,
  bilanIndicateur: (id: string) => `/bilan/indicateurs/${id}/`,
  bilanCsv: () => '/bilan/indicateurs.csv',
  bilanJson: () => '/bilan/indicateurs.json',
  donnees: () => '/donnees/',
  /** A file of the HSDS open-data export, e.g. `services.json`, `csv/services.csv`. */
  hsds: (file: string) => `/donnees/hsds/${file}`,
  /** The full HSDS record of one service, by its HSDS id. */
  hsdsService: (uuid: string) => `/donnees/hsds/services/${uuid}.json`,
  robots: () => '/robots.txt',
  sitemap: () => '/sitemap-index.xml',
  contribuer: () => '/contribuer/',
  /** The partner form; with an id, filled with that profile. */
  contribuerFiche: (organismeId?: string) => (organismeId ? `/contribuer/fiche/?id=${encodeURIComponent(organismeId)}` : '/contribuer/fiche/'),
  /** What the site knows of a profile, for the partner form to fill itself with. */
  contribuerFicheDonnees: (organismeId: string) => `/contribuer/fiche/${organismeId}.json`,
  prejuges: () => '/prejuges/',
  prejuge: (id: string) => `/prejuges/${id}/`,
  recits: () => '/recits/',
  recit: (id: string) => `/recits/${id}/`,
  recitTheme: (id: string) => `/recits/themes/${id}/`,
  recitsRss: () => '/recits/rss.xml',
  planAction: () => '/plan-action/',
  priorite: (id: string) => `/plan-action/#priorite-${id}`,
  recherche: () => '/recherche/',
  carte: () => '/carte/',
  /** The map centred on one place of the directory (`DirectoryPlace.id`). */
  carteLieu: (placeId: string) => `/carte/?lieu=${encodeURIComponent(placeId)}`,
  carteMunicipalite: (territoireId: string) => `/carte/?municipalite=${encodeURIComponent(territoireId)}`,
  /** The map's data: the places' positions and filters, then their names and addresses (lib/map.ts). */
  cartePositions: () => '/carte/positions.json',
  carteLieuxDonnees: () => '/carte/lieux.json',
  /** The list of every place, in pages, when there are too many for the map page (MAP_PAGE_LIST_LIMIT). */
  carteLieux: (page = 1) => paged('/carte/lieux/', page),
  /** The coordinator's editor (Sveltia CMS), only when site.config.ts turns it on. */
  cms: () => '/admin/',
  cmsConfig: () => '/admin/config.yml',
};
