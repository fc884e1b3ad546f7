/**
 * What `npm run recevoir` does with a profile file a partner sent (made by the form on /contribuer/fiche/,
 * or by hand): finds which profile it is, checks the content as it would be with the file in place (the
 * content check itself, every rule and every reference), and lists what changes against the current profile.
 * Writing the file is left to the command, and only when there is no error.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Organisme } from '../schemas/organisme';
import { isIdentifier } from '../schemas/common';
import { checkContent, formatIssue, type ContentIssue } from './content-check';
import { formFileId, suggestId, writtenProfile } from './profile-file';

export interface ProfileChange {
  /** Readable field, e.g. `telephones n° 1 › numero` or `services « patro-camp-de-jour » › nom`. */
  field: string;
  before?: string;
  after?: string;
}

export interface ReceivedProfile {
  /** The profile's id, also its file name. */
  id?: string;
  /** Where the file goes, as shown, e.g. `content/organismes/patro-de-jonquiere.md`. */
  target?: string;
  /** The same, absolute: where the command writes it. */
  path?: string;
  isNew: boolean;
  /** Every problem the file brings, in the content check's words; nothing may be written while there is one. */
  errors: ContentIssue[];
  /** Field by field, what the site would show differently. */
  changes: ProfileChange[];
  /** Lines of the description taken out (−) and put in (+). */
  descriptionChanges: string[];
  /** The file as it will be written (line endings made Unix, anything before its first « --- » left out). */
  text: string;
}

export interface ReceiveOptions {
  contentDir: string;
  /** Project root, for short file names in messages. */
  root?: string;
  /** The profile's id, when the file does not say it (a file not made by the form). */
  id?: string;
  today?: Date;
}

/** A file pasted from an e-mail may start with the greeting and have Windows line endings: the file starts at « --- ». */
export function extractProfileFile(received: string): string {
  const text = received.replace(/\r\n?/g, '\n');
  const start = text.startsWith('---\n') ? 0 : text.indexOf('\n---\n') + 1;
  return start > 0 || text.startsWith('---\n') ? `${text.slice(start).trimEnd()}\n` : text;
}

function idOf(text: string, given: string | undefined): string | undefined {
  if (given) return given;
  const fromForm = formFileId(text);
  if (fromForm) return fromForm;
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  try {
    const data = frontMatter ? (parseYaml(frontMatter) as { nom?: unknown } | undefined) : undefined;
    return typeof data?.nom === 'string' ? suggestId(data.nom) : undefined;
  } catch {
    return undefined;
  }
}

/** Each value as shown, and as compared: a list's order is not a change. */
type Leaves = Map<string, { shown: string; compared: string }>;

/**
 * Every value of a profile by readable field: `telephones n° 1 › numero`. List items with an id are named
 * by it (`services « patro-camp-de-jour » › nom`), so that a new service does not renumber the others.
 */
function leaves(value: unknown, label = '', out: Leaves = new Map()): Leaves {
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      if (value.length > 0) out.set(label, { shown: value.join(', '), compared: value.map(String).sort().join('\n') });
      return out;
    }
    value.forEach((item: unknown, index) => {
      const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
      leaves(item, id ? `${label} « ${id} »` : `${label} n° ${index + 1}`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    const named = 'id' in value && label.endsWith('»');
    for (const [key, item] of Object.entries(value)) if (!(named && key === 'id')) leaves(item, label ? `${label} › ${key}` : key, out);
  } else if (value !== undefined) out.set(label, { shown: String(value), compared: String(value) });
  return out;
}

/** What changes from one profile to the other, field by field. */
export function profileChanges(before: Organisme | undefined, after: Organisme): ProfileChange[] {
  const old: Leaves = before ? leaves(writtenProfile(before)) : new Map();
  const now = leaves(writtenProfile(after));
  const changes: ProfileChange[] = [];
  for (const [field, value] of now) {
    const previous = old.get(field);
    if (previous?.compared !== value.compared) changes.push({ field, before: previous?.shown, after: value.shown });
  }
  for (const [field, value] of old) if (!now.has(field)) changes.push({ field, before: value.shown });
  return changes;
}

function descriptionChanges(before: string | undefined, after: string | undefined): string[] {
  const lines = (text: string | undefined) => (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  const old = lines(before);
  const now = lines(after);
  return [...old.filter((line) => !now.includes(line)).map((line) => `− ${line}`), ...now.filter((line) => !old.includes(line)).map((line) => `+ ${line}`)];
}

/** Checks a received profile file against the content as it is, without writing anything. */
export function receiveProfile(received: string, options: ReceiveOptions): ReceivedProfile {
  const root = resolve(options.root ?? process.cwd());
  const contentDir = isAbsolute(options.contentDir) ? options.contentDir : resolve(root, options.contentDir);
  const text = extractProfileFile(received);
  const id = idOf(text, options.id);
  const shownDir = relative(root, contentDir).startsWith('..') ? basename(contentDir) : relative(root, contentDir);
  const result: ReceivedProfile = { id, isNew: false, errors: [], changes: [], descriptionChanges: [], text };
  if (!id || !isIdentifier(id)) {
    const message = id ? `identifiant « ${id} » invalide : minuscules sans accents, chiffres et traits d'union` : "impossible de savoir de quelle fiche il s'agit";
    result.errors.push({ severity: 'erreur', file: '(fichier reçu)', field: '', message, fix: 'donnez son identifiant : npm run recevoir -- fichier.md --id nom-de-la-fiche' });
    return result;
  }
  result.target = join(shownDir, 'organismes', `${id}.md`);
  result.path = join(contentDir, 'organismes', `${id}.md`);
  result.isNew = !existsSync(result.path);

  // The content as it would be with the file in place, in a copy: the check reads folders, and nothing
  // may change in content/ before the file is known to be good.
  const scratch = mkdtempSync(join(tmpdir(), 'tlpj-recevoir-'));
  try {
    const copy = join(scratch, shownDir);
    cpSync(contentDir, copy, { recursive: true });
    mkdirSync(join(copy, 'organismes'), { recursive: true });
    writeFileSync(join(copy, 'organismes', `${id}.md`), text);
    const today = options.today ?? new Date();
    const before = checkContent(contentDir, { root, today });
    const after = checkContent(copy, { root: scratch, today });
    const known = new Set(before.errors.map(formatIssue));
    // The file's own problems, and any it causes elsewhere (a service id another profile already has).
    result.errors = after.errors.filter((issue) => issue.file === result.target || !known.has(formatIssue(issue)));
    const now = after.content.organismes.find((entry) => entry.id === id);
    const old = before.content.organismes.find((entry) => entry.id === id);
    if (now && result.errors.length === 0) {
      result.changes = profileChanges(old?.data, now.data);
      result.descriptionChanges = descriptionChanges(old?.body, now.body);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return result;
}
