/**
 * Every internal address of the site, built in one place so that links, the map data, the search index,
 * the sitemap and the exports agree, and so that the configured `base` (e.g. `/tlpj/`) is always respected.
 */

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

export const routes = {
  home: () => '/',
  organismes: () => '/organismes/',
  organisme: (id: string) => `/organismes/${id}/`,
  service: (organismeId: string, serviceId: string) => `/organismes/${organismeId}/#${serviceId}`,
  categorie: (id: string) => `/organismes/#besoin-${id}`,
  territoires: () => '/territoire/',
  territoire: (id: string) => `/territoire/${id}/`,
  laTable: () => '/la-table/',
  recherche: () => '/recherche/',
  carte: () => '/carte/',
  /** The map centred on one place of the directory (`DirectoryPlace.id`). */
  carteLieu: (placeId: string) => `/carte/?lieu=${encodeURIComponent(placeId)}`,
  carteMunicipalite: (territoireId: string) => `/carte/?municipalite=${encodeURIComponent(territoireId)}`,
  carteDonnees: () => '/carte/donnees.json',
};
