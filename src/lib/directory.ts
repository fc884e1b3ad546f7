/**
 * The directory model, derived once per build from the validated content. Pages, the map data, the search
 * filters, the open-data export and the social images all read this one model, so a service's
 * municipalities are computed in one place and can never disagree from one page to another.
 */
import type { Categorie } from '../schemas/categorie';
import type { Coordonnees, Lieu } from '../schemas/lieu';
import type { Organisme } from '../schemas/organisme';
import type { Provenance } from '../schemas/provenance';
import type { Service } from '../schemas/service';
import type { Telephone } from '../schemas/telephone';
import type { Territoire, TerritoiresServis } from '../schemas/territoire';

export interface Entry<T> {
  id: string;
  data: T;
  /** Markdown body, when the collection has one. */
  body?: string;
  /** Astro's hash of the entry's source, for entries that come from Astro's content layer. */
  digest?: string | number;
}

export interface DirectoryInput {
  organismes: Entry<Organisme>[];
  territoires: Entry<Territoire>[];
  categories: Entry<Categorie>[];
}

export interface OrganismeRef {
  id: string;
  nom: string;
}

/** A service area a source states: never a default. */
export interface ServiceArea {
  /** Municipality ids, `tout` already expanded to every territory. */
  territoires: string[];
  wholeTerritory: boolean;
  provenance: Provenance;
  /** Whether the service states its own area rather than its organisation's. */
  ownArea: boolean;
}

export interface DirectoryService {
  id: string;
  organisme: Entry<Organisme>;
  service: Service;
  /** The area a source states, `undefined` while it is « à confirmer ». */
  area: ServiceArea | undefined;
  /** Municipalities where the service is confirmed (none while its area is to be confirmed). */
  territoires: string[];
  servesWholeTerritory: boolean;
  categories: Entry<Categorie>[];
  lieux: Lieu[];
  /** The service's own phones, else the organisation's. */
  telephones: Telephone[];
  /** `true` free, `false` not free, `undefined` unknown. */
  gratuit: boolean | undefined;
  /** Whether its organisation is not known to be closed (an unknown status is not a closure). */
  actif: boolean;
}

export interface DirectoryPlace {
  /** `<organisme>--<lieu>`, unique across the directory. */
  id: string;
  organisme: Entry<Organisme>;
  lieu: Lieu;
  coordonnees: Coordonnees | undefined;
  services: DirectoryService[];
}

export interface Directory {
  /** In the order of `ordre`, the arrondissement first. */
  territoires: Entry<Territoire>[];
  categories: Entry<Categorie>[];
  /** Alphabetical in French. */
  organismes: Entry<Organisme>[];
  services: DirectoryService[];
  places: DirectoryPlace[];
  territoire(id: string): Entry<Territoire> | undefined;
  categorie(id: string): Entry<Categorie> | undefined;
  organisme(id: string): Entry<Organisme> | undefined;
  /** A place by its `DirectoryPlace.id`. */
  place(id: string): DirectoryPlace | undefined;
  /** Every territory where the organisation or one of its services is confirmed. */
  territoiresOf(organismeId: string): Entry<Territoire>[];
  /** The organisation's own stated area, `undefined` while it is « à confirmer ». */
  areaOf(organismeId: string): ServiceArea | undefined;
  /** Whether some of the organisation's coverage is unknown: its own area (without services) or a service's. */
  hasUnknownArea(organismeId: string): boolean;
  /** Every category of the organisation's services. */
  categoriesOf(organismeId: string): Entry<Categorie>[];
  servicesOf(organismeId: string): DirectoryService[];
  placesOf(organismeId: string): DirectoryPlace[];
  /** Services confirmed in the municipality (by a source), including those confirmed for the whole territory. */
  servicesIn(territoireId: string): DirectoryService[];
  servicesFor(categorieId: string): DirectoryService[];
  /** Organisations confirmed in the municipality (by their own stated area or one of their services'). */
  organismesIn(territoireId: string): Entry<Organisme>[];
  /**
   * Organisations whose area is still to be confirmed, each with its services of unknown area (none for an
   * organisation without services): the same list under every municipality, after its confirmed ones.
   */
  toConfirm: OrganismeServices[];
  /** What a municipality's pages list, in order: the confirmed organisations, then those to be confirmed. */
  municipalityList(territoireId: string): MunicipalityListItem[];
}

/** One organisation on a municipality's list, with the services named under it. */
export interface MunicipalityListItem extends OrganismeServices {
  /** `true` when a source places these services (or the organisation) in the municipality. */
  confirmed: boolean;
}

const collator = new Intl.Collator('fr-CA', { sensitivity: 'base', ignorePunctuation: true });

export function compareFrench(a: string, b: string): number {
  return collator.compare(a, b);
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function indexById<T>(entries: readonly Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** How many organisations a list (of a need, of a municipality) shows on one page. */
export const LIST_PAGE_SIZE = 50;

/** How many organisations a section (a need on the directory page, a myth's help) shows before « see all ». */
export const SECTION_PREVIEW = 12;

export interface OrganismeServices {
  organisme: Entry<Organisme>;
  services: DirectoryService[];
}

/**
 * Services grouped under their organisation, in the order the services come, except that organisations a
 * reader can turn to today come before closed or merged ones.
 */
export function groupByOrganisme(services: readonly DirectoryService[]): OrganismeServices[] {
  const groups = new Map<string, OrganismeServices>();
  for (const item of services) {
    const group = groups.get(item.organisme.id);
    if (group) group.services.push(item);
    else groups.set(item.organisme.id, { organisme: item.organisme, services: [item] });
  }
  const closed = (group: OrganismeServices) => (isClosed(group.organisme.data) ? 1 : 0);
  return [...groups.values()].sort((a, b) => closed(a) - closed(b));
}

/** Closed or merged, or closed for now, as a source states it. */
export function isClosed(organisme: Pick<Organisme, 'statut'>): boolean {
  return organisme.statut === 'ferme' || organisme.statut === 'ferme-temporairement';
}

export function buildDirectory(input: DirectoryInput): Directory {
  const territoires = [...input.territoires].sort(
    (a, b) => a.data.ordre - b.data.ordre || compareFrench(a.data.nom, b.data.nom),
  );
  const categories = [...input.categories].sort((a, b) => compareFrench(a.data.nom, b.data.nom));
  const organismes = [...input.organismes].sort((a, b) => compareFrench(a.data.nom, b.data.nom));
  const territoireById = indexById(territoires);
  const categorieById = indexById(categories);
  const organismeById = indexById(organismes);
  const allTerritoires = territoires.map((entry) => entry.id);

  const areaFrom = (servis: TerritoiresServis, ownArea: boolean): ServiceArea | undefined =>
    servis && {
      territoires: servis.municipalites === 'tout' ? allTerritoires : servis.municipalites,
      wholeTerritory: servis.municipalites === 'tout',
      provenance: { source: servis.source, declare_le: servis.declare_le },
      ownArea,
    };
  const known = <T>(index: Map<string, Entry<T>>, ids: readonly string[]): Entry<T>[] =>
    ids.map((id) => index.get(id)).filter((entry): entry is Entry<T> => entry !== undefined);

  const organisationAreas = new Map(organismes.map((organisme) => [organisme.id, areaFrom(organisme.data.territoires, false)]));
  const services: DirectoryService[] = organismes.flatMap((organisme) =>
    organisme.data.services.map((service) => {
      const area = areaFrom(service.territoires, true) ?? organisationAreas.get(organisme.id);
      return {
        id: service.id,
        organisme,
        service,
        area,
        territoires: area?.territoires ?? [],
        servesWholeTerritory: area?.wholeTerritory ?? false,
        categories: known(categorieById, service.categories),
        lieux: organisme.data.lieux.filter((lieu) => service.lieux.includes(lieu.id)),
        telephones: service.telephones.length > 0 ? service.telephones : organisme.data.telephones,
        gratuit: service.cout?.gratuit,
        actif: !isClosed(organisme.data),
      };
    }),
  );

  const servicesByOrganisme = groupBy(services, (item) => [item.organisme.id]);
  const servicesByTerritoire = groupBy(services, (item) => item.territoires);
  const servicesByCategorie = groupBy(services, (item) => item.service.categories);

  const territoireIdsOf = (organisme: Entry<Organisme>): string[] => [
    ...(organisationAreas.get(organisme.id)?.territoires ?? []),
    ...(servicesByOrganisme.get(organisme.id) ?? []).flatMap((item) => item.territoires),
  ];
  const organismesByTerritoire = groupBy(organismes, territoireIdsOf);

  // An organisation without services is to be confirmed when its own area is; one with services, for the
  // services whose area is (another service may be confirmed somewhere).
  const withServices = new Set(servicesByOrganisme.keys());
  const toConfirm: OrganismeServices[] = [
    ...groupByOrganisme(services.filter((item) => item.area === undefined)),
    ...organismes
      .filter((organisme) => !withServices.has(organisme.id) && organisationAreas.get(organisme.id) === undefined)
      .map((organisme) => ({ organisme, services: [] })),
  ].sort((a, b) => Number(isClosed(a.organisme.data)) - Number(isClosed(b.organisme.data)));
  const unknownArea = new Set(toConfirm.map((group) => group.organisme.id));

  const municipalityList = (territoireId: string): MunicipalityListItem[] => {
    const groups = groupByOrganisme(servicesByTerritoire.get(territoireId) ?? []);
    const listed = new Set(groups.map((group) => group.organisme.id));
    // Confirmed here with no service confirmed here: named without services, after those with some.
    const present = (organismesByTerritoire.get(territoireId) ?? []).filter((organisme) => !listed.has(organisme.id));
    return [
      ...groups.map((group) => ({ ...group, confirmed: true })),
      ...present.map((organisme) => ({ organisme, services: [], confirmed: true })),
      ...toConfirm.map((group) => ({ ...group, confirmed: false })),
    ];
  };

  const places: DirectoryPlace[] = organismes.flatMap((organisme) =>
    organisme.data.lieux.map((lieu) => ({
      id: `${organisme.id}--${lieu.id}`,
      organisme,
      lieu,
      coordonnees: lieu.coordonnees,
      services: (servicesByOrganisme.get(organisme.id) ?? []).filter((item) => item.service.lieux.includes(lieu.id)),
    })),
  );
  const placesByOrganisme = groupBy(places, (place) => [place.organisme.id]);
  const placeById = new Map(places.map((place) => [place.id, place]));

  return {
    territoires,
    categories,
    organismes,
    services,
    places,
    territoire: (id) => territoireById.get(id),
    categorie: (id) => categorieById.get(id),
    organisme: (id) => organismeById.get(id),
    place: (id) => placeById.get(id),
    territoiresOf: (id) => {
      const organisme = organismeById.get(id);
      if (!organisme) return [];
      const ids = new Set(territoireIdsOf(organisme));
      return territoires.filter((entry) => ids.has(entry.id));
    },
    categoriesOf: (id) => {
      const ids = new Set((servicesByOrganisme.get(id) ?? []).flatMap((item) => item.service.categories));
      return categories.filter((entry) => ids.has(entry.id));
    },
    areaOf: (id) => organisationAreas.get(id),
    hasUnknownArea: (id) => unknownArea.has(id),
    servicesOf: (id) => servicesByOrganisme.get(id) ?? [],
    placesOf: (id) => placesByOrganisme.get(id) ?? [],
    servicesIn: (id) => servicesByTerritoire.get(id) ?? [],
    servicesFor: (id) => servicesByCategorie.get(id) ?? [],
    organismesIn: (id) => organismesByTerritoire.get(id) ?? [],
    toConfirm,
    municipalityList,
  };
}
