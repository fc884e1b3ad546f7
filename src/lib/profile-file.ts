/**
 * A partner profile as a file: the Markdown that `content/organismes/<id>.md` holds, written from data
 * in the shape the schema reads (« as written »: phones as `418 542-1234`, dates as `AAAA-MM-JJ`).
 *
 * Plain TypeScript without Node: `npm run nouveau`, the partner form in the browser and the coordinator's
 * `npm run recevoir` all write and read profile files through these functions.
 */
import { Document, YAMLSeq } from 'yaml';
import type { Organisme } from '../schemas/organisme';
import { isoDate } from './format';
import { formatPhone } from './phone';

/** A profile's front matter as written in its file (the schema's input). */
export type WrittenProfile = Record<string, unknown>;

/** Accent-free, lowercase, hyphenated id from any name: « Entre-Êtres » → `entre-etres`. */
export function suggestId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Leaves out what says nothing: empty texts, empty lists, empty objects. A file then lists only what is known. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  return value ?? undefined;
}

function writtenPhones(telephones: Organisme['telephones']): unknown[] {
  return telephones.map((telephone) => ({ ...telephone, numero: formatPhone(telephone.numero) }));
}

/** Every date of a value (`verifie_le`, `confirme_le`, a provenance's `declare_le`…) as written: `AAAA-MM-JJ`. */
function writtenDates(value: unknown): unknown {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(writtenDates);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, writtenDates(item)]));
  return value;
}

/** A checked profile back in the shape its file is written in, e.g. for the partner form to fill itself with. */
export function writtenProfile(data: Organisme): WrittenProfile {
  return writtenDates(withoutEmpty({
    ...data,
    telephones: writtenPhones(data.telephones),
    services: data.services.map((service) => ({ ...service, telephones: writtenPhones(service.telephones) })),
    sources: data.sources.map((source) => (source.titre ? source : source.url)),
  })) as WrittenProfile;
}

/** Lists of identifiers read best on one line: `territoires: [jonquiere, larouche]`. */
const FLOW_LISTS = new Set(['territoires', 'municipalites', 'categories', 'acces', 'langues', 'jours', 'lieux']);

export interface ProfileFileOptions {
  /** Comment lines at the top of the front matter (without `#`). */
  comment?: string;
  /** The description, in Markdown, below the front matter. */
  body?: string;
}

/** The text of a profile file: the front matter, then the description. */
export function profileFileText(data: WrittenProfile, options: ProfileFileOptions = {}): string {
  const doc = new Document(data);
  if (options.comment) doc.commentBefore = options.comment;
  const flow = (node: unknown, key?: string): void => {
    if (node instanceof YAMLSeq) {
      const ids = node.items.every((item) => typeof (item as { value?: unknown }).value === 'string');
      if (key && FLOW_LISTS.has(key) && ids) node.flow = true;
      else for (const item of node.items) flow(item);
    } else if (node && typeof node === 'object' && 'items' in node) {
      for (const pair of (node as { items: { key: { value?: unknown }; value: unknown }[] }).items) flow(pair.value, String(pair.key.value));
    }
  };
  flow(doc.contents);
  const frontMatter = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const body = options.body?.trim();
  return `---\n${frontMatter}---\n${body ? `\n${body}\n` : ''}`;
}

/** The first comment line of a file made by the partner form names the profile, so that the coordinator need not. */
export function formFileComment(id: string, date: string): string {
  return ` Fiche ${id}, remplie par l'organisme avec le formulaire du site le ${date}.\n Les champs et leur sens sont expliqués dans modeles/organisme.md et CONTRIBUER.md.`;
}

/** The profile id a file made by the partner form names in its first comment, if any. */
export function formFileId(text: string): string | undefined {
  return /^---\r?\n# Fiche ([a-z0-9]+(?:-[a-z0-9]+)*),/.exec(text)?.[1];
}
