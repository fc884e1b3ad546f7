/**
 * The printed guides (`/territoire/<id>/guide/`, `/guide/` for the whole territory): the services a municipality's page
 * lists, in the same order, grouped by need so that a page posted on a wall reads like a table of contents.
 * Pages read the directory model through these functions; they never choose services themselves.
 */
import type { Categorie } from '../schemas/categorie';
import type { Directory, DirectoryService, Entry } from './directory';

export interface GuideGroup {
  /** The need the services answer first; `undefined` for services whose needs are unknown to the directory. */
  categorie: Entry<Categorie> | undefined;
  services: DirectoryService[];
}

export interface GuideSection {
  /** `confirme`: the service is known to serve the place; `a-confirmer`: its area is still to be confirmed. */
  kind: 'confirme' | 'a-confirmer';
  groups: GuideGroup[];
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

/** Services open to readers first, closed ones after, as the municipality page orders its organisations. */
function openFirst(services: readonly DirectoryService[]): DirectoryService[] {
  return [...services].sort((a, b) => Number(!a.actif) - Number(!b.actif));
}

/** The guide of one municipality (`territoireId`) or, without it, of the whole territory. */
export function guideSections(directory: Directory, territoireId?: string): GuideSection[] {
  const services = territoireId === undefined ? directory.services : directory.servicesIn(territoireId);
  const sections: GuideSection[] = [{ kind: 'confirme', groups: groupByFirstNeed(openFirst(services), directory.categories) }];
  return sections.filter((section) => section.groups.length > 0);
}

/** Every service of a guide, in the order it prints them. */
export function guideServices(sections: readonly GuideSection[]): DirectoryService[] {
  return sections.flatMap((section) => section.groups.flatMap((group) => group.services));
}

/** The oldest and newest day the guide's organisations were checked: the date of the information it prints. */
export function verifiedRange(services: readonly DirectoryService[]): { from: Date; to: Date } | undefined {
  const times = services.map((item) => item.organisme.data.verifie_le.getTime());
  if (times.length === 0) return undefined;
  return { from: new Date(Math.min(...times)), to: new Date(Math.max(...times)) };
}
