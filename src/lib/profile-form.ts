/**
 * The partner form's logic, without the page: what the site sends the form about a profile, the check of
 * what the partner typed (the profile schema itself, the one the content check runs), the ids a new
 * service or place gets, and the file. Runs in the browser and in the tests.
 */
import { organismeSchema } from '../schemas/organisme';
import { isoDate } from './format';
import { formFileComment, profileFileText, suggestId, withoutEmpty, writtenProfile, type WrittenProfile } from './profile-file';
import type { Organisme } from '../schemas/organisme';

/** What the build publishes for each profile (`/contribuer/fiche/<id>.json`). */
export interface ProfileFormData {
  id: string;
  /** The front matter, as written. */
  fiche: WrittenProfile;
  /** The description (Markdown body). */
  description: string;
}

export function profileFormData(id: string, data: Organisme, body: string | undefined): ProfileFormData {
  return { id, fiche: writtenProfile(data), description: (body ?? '').trim() };
}

export type FieldPath = (string | number)[];

export interface FieldProblem {
  path: FieldPath;
  message: string;
}

/** The id of a form control from its field path: `services.0.nom` → `f-services-0-nom`. */
export function fieldId(path: readonly (string | number)[]): string {
  return `f-${path.join('-').replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/**
 * Every problem of a profile, by field, with the content check's own schema and messages. A field left
 * out that the schema requires is said plainly (`required`): zod's « texte attendu » means nothing to a partner.
 */
export function checkProfile(data: WrittenProfile, required: string): FieldProblem[] {
  const result = organismeSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    return { path, message: getIn(data, path) === undefined ? required : issue.message };
  });
}

function getIn(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function unique(wanted: string, taken: Set<string>): string {
  const base = wanted || 'lieu';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

type Item = Record<string, unknown>;

const items = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);

/**
 * Gives the places and services typed in the form the ids the file needs: a place's from its name or
 * street, a service's from the profile's id and its name (unique across the directory, as the check wants).
 * Ids the profile already had never change: pages and open data link to them. Services name their places
 * by the form's keys of the places (`placeKeys`, one per place, in order), which become those ids.
 */
/**
 * What the organisation states in the form is declared by it on the day it sends it: each service area
 * gets `declare_le`, a status this year (the schema refuses either without). Nothing is added to what
 * it left unanswered.
 */
export function declaredByOrganisation(data: WrittenProfile, today: Date): WrittenProfile {
  const declare = (holder: Record<string, unknown>) => {
    const area = holder.territoires as Record<string, unknown> | undefined;
    if (area && typeof area === 'object' && area.municipalites !== undefined) area.declare_le = isoDate(today);
  };
  declare(data);
  for (const service of (data.services as Record<string, unknown>[] | undefined) ?? []) declare(service);
  if (data.statut !== undefined) data.statut_annee = today.getFullYear();
  return data;
}

export function withIds(data: WrittenProfile, profileId: string, placeKeys: readonly string[] = []): WrittenProfile {
  const taken = (list: Item[]) => new Set(list.map((item) => item.id).filter((id): id is string => typeof id === 'string' && id !== ''));
  const placeIds = taken(items(data.lieux));
  const lieux = items(data.lieux).map((lieu) => {
    if (typeof lieu.id === 'string' && lieu.id !== '') return lieu;
    const adresse = (lieu.adresse ?? {}) as Item;
    const { id: _none, ...rest } = lieu;
    // The id first, as in the other profiles.
    return { id: unique(suggestId(String(lieu.nom ?? adresse.rue ?? adresse.ville ?? '')).slice(0, 60), placeIds), ...rest };
  });
  const byKey = new Map(placeKeys.map((key, index) => [key, lieux[index]?.id]));
  const serviceIds = taken(items(data.services));
  const services = items(data.services).map((service) => {
    const withPlaces: Item = { ...service, lieux: items(service.lieux).map((ref) => byKey.get(String(ref)) ?? ref) };
    if (typeof service.id === 'string' && service.id !== '') return withPlaces;
    const { id: _none, ...rest } = withPlaces;
    return { id: unique(`${profileId}-${suggestId(String(service.nom ?? 'service'))}`.slice(0, 80).replace(/-+$/, ''), serviceIds), ...rest };
  });
  return { ...data, lieux, services };
}

/** The file the partner sends: the profile with only what is known, its origin in a comment, the description. */
export function formFileText(profileId: string, data: WrittenProfile, body: string, today: Date): string {
  const known = (withoutEmpty(data) ?? {}) as WrittenProfile;
  return profileFileText(known, { comment: formFileComment(profileId, isoDate(today)), body });
}

/** The file's name: the profile's id, which is also the name of its file on the site. */
export function formFileName(profileId: string): string {
  return `${profileId}.md`;
}

/**
 * The fields the site shows « à confirmer » because the profile leaves them empty, as form paths: the form
 * marks them so that the partner sees what is missing.
 */
export function unknownPaths(data: WrittenProfile): FieldPath[] {
  const paths: FieldPath[] = [];
  for (const field of ['resume', 'courriel', 'telephones', 'lieux', 'services']) {
    const value = data[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) paths.push([field]);
  }
  items(data.lieux).forEach((lieu, index) => {
    const adresse = (lieu.adresse ?? {}) as Item;
    for (const part of ['numero', 'rue', 'code_postal']) if (!adresse[part]) paths.push(['lieux', index, 'adresse', part]);
  });
  items(data.services).forEach((service, index) => {
    for (const field of ['description', 'admissibilite', 'cout', 'horaires', 'acces']) {
      const value = service[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) paths.push(['services', index, field]);
    }
  });
  return paths;
}
