/**
 * The content checks, as plain functions over entries: the build runs them on the entries Astro's content
 * layer reads (integrations/content.ts), `npm run verifier` and the tests on the files of a folder
 * (`checkContent`). Every problem is collected, none stops the others, so a partner or the coordinator sees
 * the whole list at once: `fichier:ligne — champ — problème — comment corriger`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, matchesGlob, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { collectionDefinitions, type CollectionDefinition, type CollectionFormat, type CollectionName } from '../collections';
import { fr } from '../i18n/fr';
import { isIdentifier } from '../schemas/common';
import { contentWarnings } from './content-warnings';
import { fieldLabel } from './field-label';
import { suggestId } from './profile-file';
import { referenceChecks } from './reference-checks';

export { fieldLabel, suggestId };

export type Severity = 'erreur' | 'avertissement';

export interface ContentIssue {
  severity: Severity;
  /** Path relative to the project root, e.g. `content/organismes/patro-de-jonquiere.md`. */
  file: string;
  /** 1-based line of the field in the file, when it can be found. */
  line?: number;
  /** Readable path of the field, e.g. `services n° 1 › telephones n° 2 › numero`; empty for the whole file. */
  field: string;
  /** What is wrong and what is expected, in French. */
  message: string;
  /** How to correct it, in French, when the message alone does not say. */
  fix?: string;
}

export interface SourceEntry<T = unknown> {
  id: string;
  file: string;
  data: T;
  /** Markdown body, for Markdown collections. */
  body?: string;
  /** 1-based line where the body starts in the file. */
  bodyLine?: number;
  /** Finds the line of a field path, for messages of later checks. */
  lineOf: (path: PropertyKey[]) => number | undefined;
}

export type CollectionData = { [K in CollectionName]: SourceEntry<z.output<(typeof collectionDefinitions)[K]['schema']>>[] };

/** Entries as checked across files: valid ones as their schema gave them, the others as written. */
export type RawCollections = Record<CollectionName, SourceEntry<Record<string, unknown>>[]>;

export interface CheckContext {
  /** The day of the check: a figure's age is counted from it. */
  today: Date;
}

/** A check across collections. It also sees entries with errors, so it must not trust any field's type. */
export type CrossCheck = (content: RawCollections, context: CheckContext) => ContentIssue[];

/** A check of valid content that reports what should be improved, never what is wrong: warnings only. */
export type WarningCheck = (content: CollectionData, context: CheckContext) => ContentIssue[];

export interface ContentCheckResult {
  content: CollectionData;
  issues: ContentIssue[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/** One line per problem: `fichier:ligne — champ — problème — comment corriger`. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return [where, issue.field || '(fichier entier)', issue.message, ...(issue.fix ? [issue.fix] : [])].join(' — ');
}

export function formatReport(issues: ContentIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'erreur');
  return [fr.contentCheck.errorsHeading(errors.length), ...errors.map((issue) => `  • ${formatIssue(issue)}`)].join('\n');
}

const error = (file: string, field: string, message: string, line?: number, fix?: string): ContentIssue => ({
  severity: 'erreur',
  file,
  line,
  field,
  message,
  ...(fix ? { fix } : {}),
});

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The parts of a file: its YAML (the front matter of a Markdown file) and, for Markdown, its body. */
function fileParts(text: string, format: CollectionFormat): { yaml: string; lineOffset: number; body?: string; bodyLine?: number } | undefined {
  if (format !== 'markdown' && format !== 'mdx') return { yaml: text, lineOffset: 0 };
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  // Line 1 is the opening `---`, so the first YAML line is line 2.
  return { yaml: match[1] ?? '', lineOffset: 1, body: text.slice(match[0].length), bodyLine: match[0].split(/\r?\n/).length };
}

/**
 * Line numbers are only needed for the few entries with a problem, so the YAML is parsed again (with
 * `yaml`, which keeps positions) only when a line is asked for. `prefix` is the entry's place in a list file.
 */
function lineFinder(yaml: string, lineOffset: number, prefix: PropertyKey[] = []) {
  let find: ((path: PropertyKey[]) => number | undefined) | undefined;
  return (path: PropertyKey[]): number | undefined => {
    if (!find) {
      const counter = new LineCounter();
      const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
      find = (at) => {
        // The deepest node that exists: a missing field is reported on its parent's line.
        for (let length = at.length; length >= 0; length -= 1) {
          const node = length === 0 ? doc.contents : (doc.getIn(at.slice(0, length) as (string | number)[], true) as { range?: number[] } | undefined);
          if (node && typeof node === 'object' && 'range' in node && node.range) return counter.linePos(node.range[0] as number).line + lineOffset;
        }
        return undefined;
      };
    }
    return find([...prefix, ...path]);
  };
}

function syntaxIssues(yaml: string, file: string, lineOffset: number, thrown?: unknown): ContentIssue[] {
  const counter = new LineCounter();
  const lines = parseDocument(yaml, { lineCounter: counter, prettyErrors: false }).errors.map((problem) => ({
    line: counter.linePos(problem.pos[0]).line + lineOffset,
    code: ` (${problem.code})`,
  }));
  // What Astro's parser refuses and `yaml` accepts is still an error: Astro reads the file.
  if (lines.length === 0 && thrown !== undefined) {
    const mark = (thrown as { mark?: { line?: number } }).mark;
    lines.push({ line: mark?.line === undefined ? 0 : mark.line + 1 + lineOffset, code: '' });
  }
  const fix = "vérifiez les deux-points après chaque nom de champ, les guillemets et l'indentation (des espaces, jamais de tabulations)";
  return lines.map(({ line, code }) => error(file, '', `syntaxe YAML invalide${code}`, line || undefined, fix));
}

/**
 * An entry read from its file's text. `data` is given when a parser already read it (Astro in the build);
 * otherwise the YAML is parsed here. Returns the problems of the text instead when it cannot be read.
 */
export function readEntry(
  id: string,
  file: string,
  text: string,
  format: CollectionFormat,
  data?: unknown,
): { entry: SourceEntry; issues: ContentIssue[] } | { entry?: undefined; issues: ContentIssue[] } {
  const parts = fileParts(text, format);
  if (!parts) {
    const message = "en-tête attendu : le fichier doit commencer par une ligne « --- », les champs, puis une autre ligne « --- »";
    return { issues: [error(file, '', message, 1, 'copiez le début du modèle modeles/organisme.md, qui montre cet en-tête')] };
  }
  if (data === undefined) {
    const doc = parseDocument(parts.yaml, { prettyErrors: false });
    if (doc.errors.length > 0) return { issues: syntaxIssues(parts.yaml, file, parts.lineOffset) };
    data = doc.toJS() ?? null;
  }
  const entry: SourceEntry = { id, file, data, body: parts.body, bodyLine: parts.bodyLine, lineOf: lineFinder(parts.yaml, parts.lineOffset) };
  return { entry, issues: invisibleCharacters(entry) };
}

/** The problems of a file Astro could not read (a YAML syntax error), in French with their lines. */
export function unreadableIssues(file: string, text: string, format: CollectionFormat, thrown: unknown): ContentIssue[] {
  const parts = fileParts(text, format) ?? { yaml: text, lineOffset: 0 };
  return syntaxIssues(parts.yaml, file, parts.lineOffset, thrown);
}

/**
 * The entries of a list file (`categories.yaml`): each needs an `id`, once. Also the parser the build's
 * `file()` loader reads these files with, so both read them alike.
 */
export function readList(file: string, text: string): { entries: SourceEntry[]; issues: ContentIssue[] } {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return { entries: [], issues: syntaxIssues(text, file, 0) };
  const items: unknown = doc.toJS();
  if (!Array.isArray(items)) return { entries: [], issues: [error(file, '', 'liste attendue : chaque élément commence par « - id: … »', 1)] };
  const issues: ContentIssue[] = [];
  const entries: SourceEntry[] = [];
  const seen = new Set<string>();
  items.forEach((data: unknown, index) => {
    const id = typeof data === 'object' && data !== null && 'id' in data ? String(data.id) : '';
    const entry: SourceEntry = { id, file, data, lineOf: lineFinder(text, 0, [index]) };
    issues.push(...invisibleCharacters(entry));
    if (seen.has(id)) {
      const message = `identifiant « ${id} » en double : une autre entrée porte déjà cet identifiant dans ${file}`;
      issues.push(error(file, 'id', message, entry.lineOf(['id'])));
    } else entries.push(entry);
    seen.add(id);
  });
  return { entries, issues };
}

/**
 * Control characters and bidirectional overrides are invisible: pasted into a name, they can hide text or
 * show it reversed (« ‮lirva » read as « avril »). No partner types them on purpose.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function invisibleCharacter(entry: SourceEntry, text: string, field: string, line: () => number | undefined): ContentIssue[] {
  const found = INVISIBLE_CHARACTER.exec(text)?.[0];
  if (found === undefined) return [];
  const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const message = `caractère invisible (${code}) dans le texte : il peut cacher du texte ou l'afficher à l'envers`;
  return [error(entry.file, field, message, line(), 'retapez ce texte au clavier plutôt que de le copier-coller')];
}

/** A file whose name cannot be an id (it becomes the page's address) is not read at all. */
export function fileNameIssues(file: string): ContentIssue[] {
  const name = basename(file, extname(file));
  if (isIdentifier(name)) return [];
  const message = "nom de fichier attendu en minuscules sans accents ni espaces, avec des traits d'union";
  return [error(file, '(nom du fichier)', message, undefined, `renommez le fichier « ${suggestId(name)}${extname(file)} »`)];
}

/** Invisible characters in an entry's fields and text, which no schema sees. */
function invisibleCharacters(entry: SourceEntry): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string') issues.push(...invisibleCharacter(entry, value, fieldLabel(path), () => entry.lineOf(path)));
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(entry.data, []);
  (entry.body ?? '').split('\n').forEach((text, index) => {
    issues.push(...invisibleCharacter(entry, text, '(texte de la fiche)', () => (entry.bodyLine ?? 1) + index));
  });
  return issues;
}

/**
 * An entry's problems with its schema. Unknown fields come from strict objects (`strictFields`), whose own
 * message says which fields exist there; a misspelt field would otherwise be silently dropped.
 */
export function schemaIssues(entry: SourceEntry, schema: z.ZodType): ContentIssue[] {
  if (typeof entry.data !== 'object' || entry.data === null) return [error(entry.file, '', 'champs attendus (clé: valeur), fichier vide', 1)];
  const result = schema.safeParse(entry.data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [error(entry.file, fieldLabel(issue.path), issue.message, entry.lineOf(issue.path))];
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const message = `champ inconnu « ${key} » : il serait ignoré et n'apparaîtrait pas sur le site`;
      return error(entry.file, fieldLabel(path), message, entry.lineOf(path), issue.message);
    });
  });
}

const DEFAULT_PATTERN: Record<CollectionFormat, string> = { markdown: '*.md', mdx: '*.mdx', yaml: '*.{yaml,yml}', 'yaml-list': '' };

/** The file-name pattern of a folder collection, as its loader reads it. */
export function patternOf(definition: CollectionDefinition): string {
  return definition.pattern ?? DEFAULT_PATTERN[definition.format];
}

function listFolder(folder: string): string[] {
  return existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder).sort() : [];
}

/** Collections written by partners: plain Markdown only, since MDX and HTML files can run code at build time. */
const PARTNER_WRITTEN: ReadonlySet<string> = new Set(['organismes']);

/**
 * What the content folder shows by its files' names alone: a list file that is missing, a profile in a
 * format that could run code, a file in a shared folder that no collection reads (it would never be published).
 */
export function folderIssues(contentDir: string, display: (path: string) => string): ContentIssue[] {
  const definitions = Object.values(collectionDefinitions) as CollectionDefinition[];
  const issues: ContentIssue[] = [];
  for (const { path, format, optional } of definitions) {
    if (format === 'yaml-list' && !optional && !existsSync(join(contentDir, path))) issues.push(error(display(join(contentDir, path)), '', 'fichier attendu, introuvable'));
  }
  for (const folder of PARTNER_WRITTEN) {
    for (const name of listFolder(join(contentDir, folder)).filter((file) => ['.mdx', '.html', '.htm', '.markdown'].includes(extname(file).toLowerCase()))) {
      const message = `format « ${extname(name)} » refusé : une fiche est un fichier Markdown simple (.md), qui ne peut pas exécuter de code`;
      const fix = `renommez le fichier « ${suggestId(basename(name, extname(name)))}.md » et retirez-en tout code ou HTML`;
      issues.push(error(display(join(contentDir, folder, name)), '(nom du fichier)', message, undefined, fix));
    }
  }
  for (const folder of new Set(definitions.filter((definition) => definition.pattern).map((definition) => definition.path))) {
    const readers = definitions.filter((definition) => definition.path === folder || definition.path.startsWith(`${folder}/`));
    for (const name of listFolder(join(contentDir, folder)).filter((file) => ['.yaml', '.yml', '.md'].includes(extname(file)))) {
      if (readers.some((definition) => (definition.format === 'yaml-list' ? definition.path === `${folder}/${name}` : matchesGlob(name, patternOf(definition))))) continue;
      const expected = readers.map((definition) => definition.patternExample).filter(Boolean);
      const message = `fichier non reconnu, il ne serait pas publié : nom attendu comme ${expected.map((example) => `« ${example} »`).join(' ou ')}`;
      issues.push(error(display(join(contentDir, folder, name)), '(nom du fichier)', message));
    }
  }
  return issues;
}

/** The entries of one collection as checked: those their schema accepted, and those with errors, as written. */
export interface CheckedCollection {
  valid: SourceEntry[];
  invalid: SourceEntry[];
}

/** The checks across files and the warnings, once every collection is read. */
export function crossFileIssues(collections: Record<CollectionName, CheckedCollection>, today: Date): { content: CollectionData; issues: ContentIssue[] } {
  const names = Object.keys(collectionDefinitions) as CollectionName[];
  const raw = Object.fromEntries(names.map((name) => [name, [...collections[name].valid, ...collections[name].invalid].filter((entry) => typeof entry.data === 'object' && entry.data !== null)]));
  const content = Object.fromEntries(names.map((name) => [name, collections[name].valid])) as CollectionData;
  const context = { today };
  const issues = referenceChecks.flatMap((check) => check(raw as RawCollections, context));
  issues.push(...contentWarnings.flatMap((check) => check(content, context)));
  return { content, issues };
}

export interface ContentCheckOptions {
  /** Project root, to show short file paths. Defaults to the current directory. */
  root?: string;
  /** The day of the check: for warnings such as « verified more than 12 months ago » and the age of figures. Defaults to now. */
  today?: Date;
}

/**
 * Checks every file of `contentDir` without building: the same checks as the build, on the files its
 * loaders would read. Never throws on bad content: the problems are in `issues`.
 */
export function checkContent(contentDir: string, options: ContentCheckOptions = {}): ContentCheckResult {
  const root = resolve(options.root ?? process.cwd());
  const dir = isAbsolute(contentDir) ? contentDir : resolve(root, contentDir);
  const display = (path: string) => relative(root, path) || path;
  const issues = folderIssues(dir, display);
  const collections = {} as Record<CollectionName, CheckedCollection>;
  for (const [name, definition] of Object.entries(collectionDefinitions) as [CollectionName, CollectionDefinition][]) {
    const location = join(dir, definition.path);
    const read: SourceEntry[] = [];
    if (definition.format === 'yaml-list') {
      if (existsSync(location)) {
        const list = readList(display(location), readFileSync(location, 'utf8'));
        issues.push(...list.issues);
        read.push(...list.entries);
      }
    } else {
      for (const file of listFolder(location).filter((name) => matchesGlob(name, patternOf(definition)))) {
        const path = join(location, file);
        const badName = fileNameIssues(display(path));
        issues.push(...badName);
        if (badName.length > 0) continue;
        const result = readEntry(basename(file, extname(file)), display(path), readFileSync(path, 'utf8'), definition.format);
        issues.push(...result.issues);
        if (result.entry) read.push(result.entry);
      }
    }
    collections[name] = { valid: [], invalid: [] };
    for (const entry of read) {
      const problems = schemaIssues(entry, definition.schema);
      issues.push(...problems);
      if (problems.length > 0) collections[name].invalid.push(entry);
      else collections[name].valid.push({ ...entry, data: definition.schema.parse(entry.data) });
    }
  }
  const checked = crossFileIssues(collections, options.today ?? new Date());
  issues.push(...checked.issues);
  return {
    content: checked.content,
    issues,
    errors: issues.filter((issue) => issue.severity === 'erreur'),
    warnings: issues.filter((issue) => issue.severity === 'avertissement'),
  };
}
