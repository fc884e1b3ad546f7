/**
 * The printed guides (`/territoire/<id>/guide/`, `/guide/` for the whole territory): the two lists of a
 * municipality's page (directory.municipalityList: confirmed first, then those whose area is still to be
 * confirmed), each grouped by need so that a page posted on a wall reads like a table of contents.
 * Pages read the directory model through these functions; they never choose services themselves.
 */
import type { Categorie } from '../schemas/categorie';
import { lastChecked, type Organisme } from '../schemas/organisme';
import { groupByOrganisme, type Directory, type DirectoryService, type Entry, type OrganismeServices } from './directory';

export interface GuideGroup {
  /** The need the services answer first; `undefined` for services whose needs are unknown to the directory. */
  categorie: Entry<Categorie> | undefined;
  services: DirectoryService[];
}

export interface GuideSection {
  /** `confirme`: a source places these services there; `a-confirmer`: no source states their area yet. */
  kind: 'confirme' | 'a-confirmer';
  groups: GuideGroup[];
  /** Organisations listed with no service under them (an area without services, or no services at all). */
  organisations: Entry<Organisme>[];
}

/**
 * Each service once, under the first need it names (a partner lists its main need first), so a guide
 * stays a few pages long; needs in the directory's order, services in the order they come.
 */
export function groupByFirstNeed(services: readonly DirectoryService[], categories: readonly Entry<Categorie>[]): GuideGroup[] {
  const byId = new Map<string | undefined, DirectoryService[]>();
  for (const item of services) {
    const key = item.categories[0]?.id;
    const group = byId.get(key);
    if (group) group.push(item);
    else byId.set(key, [item]);
  }
  const groups: GuideGroup[] = categories.flatMap((categorie) => {
    const grouped = byId.get(categorie.id);
    return grouped ? [{ categorie, services: grouped }] : [];
  });
  const unclassified = byId.get(undefined);
  return unclassified ? [...groups, { categorie: undefined, services: unclassified }] : groups;
}

function section(kind: GuideSection['kind'], items: readonly OrganismeServices[], categories: readonly Entry<Categorie>[]): GuideSection {
  return {
    kind,
    groups: groupByFirstNeed(items.flatMap((item) => item.services), categories),
    organisations: items.filter((item) => item.services.length === 0).map((item) => item.organisme),
  };
}

/**
 * What the whole territory's guide lists as confirmed: every municipality's confirmed list merged, each
 * service once, in the directory's order.
 */
function confirmedInTerritory(directory: Directory): OrganismeServices[] {
  const confirmed = directory.territoires.flatMap((territoire) => directory.municipalityList(territoire.id).filter((item) => item.confirmed));
  const serviceIds = new Set(confirmed.flatMap((item) => item.services.map((service) => service.id)));
  const services = directory.services.filter((item) => serviceIds.has(item.id));
  const withServices = new Set(services.map((item) => item.organisme.id));
  const bareIds = new Set(confirmed.filter((item) => !withServices.has(item.organisme.id)).map((item) => item.organisme.id));
  return [...groupByOrganisme(services), ...directory.organismes.filter((organisme) => bareIds.has(organisme.id)).map((organisme) => ({ organisme, services: [] }))];
}

/**
 * The guide of one municipality (`territoireId`), the same lists as its page, or, without it, of the whole
 * territory: always the confirmed section, then the section to be confirmed (possibly empty).
 */
export function guideSections(directory: Directory, territoireId?: string): [GuideSection, GuideSection] {
  if (territoireId === undefined) {
    return [section('confirme', confirmedInTerritory(directory), directory.categories), section('a-confirmer', directory.toConfirm, directory.categories)];
  }
  const list = directory.municipalityList(territoireId);
  return [
    section('confirme', list.filter((item) => item.confirmed), directory.categories),
    section('a-confirmer', list.filter((item) => !item.confirmed), directory.categories),
  ];
}

/** Every service of a guide, in the order it prints them. */
export function guideServices(sections: readonly GuideSection[]): DirectoryService[] {
  return sections.flatMap((section) => section.groups.flatMap((group) => group.services));
}

/** Every organisation a guide names, services or not. */
export function guideOrganisations(sections: readonly GuideSection[]): Entry<Organisme>[] {
  const ids = new Set<string>();
  return sections
    .flatMap((section) => [...guideServices([section]).map((item) => item.organisme), ...section.organisations])
    .filter((organisme) => !ids.has(organisme.id) && Boolean(ids.add(organisme.id)));
}

/**
 * The oldest and newest day the guide's profiles were last reviewed (public sources consulted, or confirmed by
 * the organisation): the date of the information it prints.
 */
export function reviewedRange(organisations: readonly Entry<Organisme>[]): { from: Date; to: Date } | undefined {
  const times = organisations.map((organisme) => lastChecked(organisme.data).getTime());
  if (times.length === 0) return undefined;
  return { from: new Date(Math.min(...times)), to: new Date(Math.max(...times)) };
}
