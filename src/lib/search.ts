/**
 * What the search index knows about a page beyond its text: the filters a reader can narrow results with
 * and the facts shown in a result. Derived from the directory model, so the search filter, the territory
 * pages and the map can never disagree on who serves where.
 */
import type { Directory } from './directory';
import { formatPhone } from './phone';

/** Names of the URL parameters of the search page (`/recherche/?q=…&municipalite=…&besoin=…&gratuit=oui`). */
export const searchParams = {
  query: 'q',
  municipalite: 'municipalite',
  besoin: 'besoin',
  gratuit: 'gratuit',
} as const;

/** Id of a service's heading on a profile; search results use it to name the service that matched. */
export function serviceHeadingId(serviceId: string): string {
  return `${serviceId}-titre`;
}

/** Result metadata naming the services of one need, shown when a result was found through that need. */
export function needMetaKey(categorieId: string): string {
  return `besoin-${categorieId}`;
}

/**
 * Value of the municipality filter (search and map) for what no source places anywhere yet: a reader
 * filtering on a municipality sees the confirmed services, and can ask for these separately.
 */
export const AREA_UNKNOWN_VALUE = 'a-confirmer';

/** The choices of a municipality filter: each municipality, then « à confirmer » when some area is unknown. */
export function municipalityFilterOptions(directory: Directory, areaUnknownLabel: string): { id: string; data: { nom: string } }[] {
  return [...directory.territoires, ...(directory.toConfirm.length > 0 ? [{ id: AREA_UNKNOWN_VALUE, data: { nom: areaUnknownLabel } }] : [])];
}

/** Value of the `gratuit` filter for pages with at least one service known to be free. */
export const FREE_VALUE = 'oui';

export interface SearchFacets {
  /** Pagefind filters: every value a page can be found with. */
  filters: { municipalite: string[]; besoin: string[]; gratuit: string[] };
  /** Pagefind metadata shown in a result. */
  meta: Record<string, string>;
}

/**
 * Filters and result metadata of a partner profile: the municipalities where a source confirms it (every
 * one for the whole territory), and `a-confirmer` when some of its area is still unknown.
 */
export function organismeFacets(directory: Directory, organismeId: string, words: { wholeTerritory: string; areaUnknown: string }): SearchFacets {
  const organisme = directory.organisme(organismeId);
  if (!organisme) throw new Error(`Organisme inconnu : ${organismeId}`);
  const services = directory.servicesOf(organismeId);
  const territoires = directory.territoiresOf(organismeId);
  const unknown = directory.hasUnknownArea(organismeId);
  const coversAll = territoires.length === directory.territoires.length;
  const phone = organisme.data.telephones[0] ?? services.find((item) => item.telephones.length > 0)?.telephones[0];
  const known = coversAll ? words.wholeTerritory : territoires.map((entry) => entry.data.nom).join(', ');
  const meta: Record<string, string> = {
    municipalite: [known, unknown ? words.areaUnknown : ''].filter(Boolean).join(' ; '),
  };
  if (phone) meta.telephone = formatPhone(phone.numero);
  for (const categorie of directory.categoriesOf(organismeId)) {
    const names = services.filter((item) => item.service.categories.includes(categorie.id)).map((item) => item.service.nom);
    meta[needMetaKey(categorie.id)] = names.join(' ; ');
  }
  return {
    filters: {
      municipalite: [...territoires.map((entry) => entry.id), ...(unknown ? [AREA_UNKNOWN_VALUE] : [])],
      besoin: directory.categoriesOf(organismeId).map((entry) => entry.id),
      gratuit: services.some((item) => item.gratuit === true) ? [FREE_VALUE] : [],
    },
    meta,
  };
}

/** Filters and metadata of a territory page: it is found under its own municipality. */
export function territoireFacets(directory: Directory, territoireId: string): SearchFacets {
  const territoire = directory.territoire(territoireId);
  if (!territoire) throw new Error(`Territoire inconnu : ${territoireId}`);
  return {
    filters: { municipalite: [territoire.id], besoin: [], gratuit: [] },
    meta: { municipalite: territoire.data.nom },
  };
}
