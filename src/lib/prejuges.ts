/**
 * What the myth, story and action-plan pages derive from the content: the services that help (by category,
 * from the one directory model), stories newest first, and what on the site serves each priority.
 * Plain TypeScript, so tests compute the expected output with the same rules the pages use.
 */
import type { Categorie } from '../schemas/categorie';
import type { Prejuge } from '../schemas/prejuge';
import type { Priorite } from '../schemas/priorite';
import type { Recit } from '../schemas/recit';
import type { Theme } from '../schemas/theme';
import { compareFrench, groupByOrganisme, type Directory, type Entry, type OrganismeServices } from './directory';

export interface HelpSection {
  categorie: Entry<Categorie>;
  groups: OrganismeServices[];
}

/**
 * The directory's services of each category, grouped by organisation, in the order the categories are
 * named. Closed organisations are left out: they cannot help, and a category with no open service is
 * not shown.
 */
export function helpFor(directory: Directory, categorieIds: readonly string[]): HelpSection[] {
  return [...new Set(categorieIds)].flatMap((id) => {
    const categorie = directory.categorie(id);
    const services = directory.servicesFor(id).filter((item) => item.actif);
    return categorie && services.length > 0 ? [{ categorie, groups: groupByOrganisme(services) }] : [];
  });
}

/** Myths in the order the coordinator chose. */
export function sortPrejuges<T extends Entry<Prejuge>>(prejuges: readonly T[]): T[] {
  return [...prejuges].sort((a, b) => a.data.ordre - b.data.ordre || compareFrench(a.data.mythe, b.data.mythe));
}

/** Priorities in the order of the action plan. */
export function sortPriorites<T extends Entry<Priorite>>(priorites: readonly T[]): T[] {
  return [...priorites].sort((a, b) => a.data.ordre - b.data.ordre);
}

/** Newest first; same day, by title. */
export function sortRecits<T extends Entry<Recit>>(recits: readonly T[]): T[] {
  return [...recits].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || compareFrench(a.data.titre, b.data.titre));
}

export interface ThemeWithRecits<T extends Entry<Recit>> {
  theme: Entry<Theme>;
  recits: T[];
}

/** Themes that have at least one story, each with its stories newest first: one page per theme. */
export function themesWithRecits<T extends Entry<Recit>>(themes: readonly Entry<Theme>[], recits: readonly T[]): ThemeWithRecits<T>[] {
  const sorted = sortRecits(recits);
  return [...themes]
    .sort((a, b) => compareFrench(a.data.nom, b.data.nom))
    .map((theme) => ({ theme, recits: sorted.filter((recit) => recit.data.themes.includes(theme.id)) }))
    .filter((item) => item.recits.length > 0);
}

export interface ActionPlanItem<Q extends Entry<Priorite>, P extends Entry<Prejuge>, R extends Entry<Recit>> {
  priorite: Q;
  prejuges: P[];
  recits: R[];
  categories: Entry<Categorie>[];
}

/** Each priority of the action plan, in its order, with the myths, stories and need categories that serve it. */
export function buildActionPlan<Q extends Entry<Priorite>, P extends Entry<Prejuge>, R extends Entry<Recit>>(input: {
  priorites: readonly Q[];
  prejuges: readonly P[];
  recits: readonly R[];
  directory: Directory;
}): ActionPlanItem<Q, P, R>[] {
  const prejuges = sortPrejuges(input.prejuges);
  const recits = sortRecits(input.recits);
  return sortPriorites(input.priorites).map((priorite) => ({
      priorite,
      prejuges: prejuges.filter((entry) => entry.data.priorites.includes(priorite.id)),
      recits: recits.filter((entry) => entry.data.priorites.includes(priorite.id)),
      categories: priorite.data.categories
        .map((id) => input.directory.categorie(id))
        .filter((entry): entry is Entry<Categorie> => entry !== undefined),
    }));
}
