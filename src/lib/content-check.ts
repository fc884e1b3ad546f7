/**
 * Reads every content file, validates it with its collection's schema, then checks what no single file
 * can check alone (references between files, duplicate ids). Every problem is collected, none stops the
 * others, so a partner or the coordinator sees the whole list at once.
 *
 * Plain Node: used by the build (integrations/content-check.ts), by `npm run verifier` and by tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { collectionDefinitions, type CollectionDefinition, type CollectionName } from '../collections';
import { fr } from '../i18n/fr';
import { isIdentifier } from '../schemas/common';
import { fieldLabel } from './field-label';
import { suggestId } from './profile-file';
import { contentWarnings } from './content-warnings';
import { referenceChecks } from './reference-checks';
import { schemaFieldPaths } from './schema-fields';

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

/** Entries as written, before validation: a file with a schema error is still checked across files. */
export type RawCollections = Record<CollectionName, SourceEntry<Record<string, unknown>>[]>;

/** What a check may need besides the content. */
export interface CheckContext {
  /** The day of the check: a figure's age is counted from it. */
  today: Date;
}

/** A check across collections. It reads the data as written, so it must not trust any field's type. */
export type CrossCheck = (content: RawCollections, context: CheckContext) => ContentIssue[];

/** A check of valid content that reports what should be improved, never what is wrong: warnings only. */
export type WarningCheck = (content: CollectionData, context: { today: Date }) => ContentIssue[];

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

interface RawFile {
  id: string;
  file: string;
  /** Parsed YAML data (front matter for Markdown). */
  data: unknown;
  body?: string;
  bodyLine?: number;
  lineOf: (path: PropertyKey[]) => number | undefined;
}

function lineFinder(doc: Document, counter: LineCounter, lineOffset: number) {
  return (path: PropertyKey[]): number | undefined => {
    // The deepest node that exists: a missing field is reported on its parent's line.
    for (let length = path.length; length >= 0; length -= 1) {
      const node = doc.getIn(path.slice(0, length) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line + lineOffset;
      if (length === 0 && doc.contents && 'range' in doc.contents && doc.contents.range) {
        return counter.linePos(doc.contents.range[0]).line + lineOffset;
      }
    }
    return undefined;
  };
}

/**
 * Line numbers are only needed for the few files with a problem, so the document is parsed again when one
 * is asked for: keeping thousands of parsed documents alive costs more memory and time than parsing them
 * twice when something is wrong (see BENCHMARKS.md).
 */
function lazyLineFinder(text: string, lineOffset: number) {
  let find: ((path: PropertyKey[]) => number | undefined) | undefined;
  return (path: PropertyKey[]): number | undefined => {
    if (!find) {
      const counter = new LineCounter();
      find = lineFinder(parseDocument(text, { lineCounter: counter, prettyErrors: false }), counter, lineOffset);
    }
    return find(path);
  };
}

function parseYaml(text: string, file: string, lineOffset: number, issues: ContentIssue[]) {
  const lineOf = lazyLineFinder(text, lineOffset);
  try {
    // js-yaml, the parser Astro reads the content with, is about ten times faster than `yaml` on thousands
    // of files; `yaml` stays for what it does better, exact lines and clear syntax errors.
    return { data: loadYaml(text) ?? null, lineOf };
  } catch (jsYamlError) {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
    const problems: { line?: number; code: string }[] = doc.errors.map((error) => ({
      line: counter.linePos(error.pos[0]).line,
      code: ` (${error.code})`,
    }));
    // What js-yaml refuses and `yaml` accepts is still an error: Astro reads the file with js-yaml.
    if (problems.length === 0) {
      const mark = (jsYamlError as { mark?: { line?: number } }).mark;
      problems.push({ line: mark?.line === undefined ? undefined : mark.line + 1, code: '' });
    }
    for (const { line, code } of problems) {
      issues.push({
        severity: 'erreur',
        file,
        line: line ? line + lineOffset : undefined,
        field: '',
        message: `syntaxe YAML invalide${code}`,
        fix: "vérifiez les deux-points après chaque nom de champ, les guillemets et l'indentation (des espaces, jamais de tabulations)",
      });
    }
    return { data: undefined, lineOf };
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function readMarkdown(path: string, file: string, issues: ContentIssue[]): Omit<RawFile, 'id'> | undefined {
  const text = readFileSync(path, 'utf8');
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    issues.push({
      severity: 'erreur',
      file,
      line: 1,
      field: '',
      message: "en-tête attendu : le fichier doit commencer par une ligne « --- », les champs, puis une autre ligne « --- »",
      fix: 'copiez le début du modèle modeles/organisme.md, qui montre cet en-tête',
    });
    return undefined;
  }
  // Line 1 is the opening `---`, so the first YAML line is line 2.
  const parsed = parseYaml(match[1] ?? '', file, 1, issues);
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { ...parsed, file, body: text.slice(match[0].length), bodyLine };
}

/**
 * Control characters and bidirectional overrides are invisible: pasted into a name, they can hide text or
 * show it reversed (« ‮lirva » read as « avril »). No partner types them on purpose.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** `line` is only asked for when there is a problem: finding a line re-parses the file. */
function invisibleCharacterIssue(file: string, line: () => number | undefined, field: string, text: string): ContentIssue | undefined {
  const found = INVISIBLE_CHARACTER.exec(text)?.[0];
  if (found === undefined) return undefined;
  const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    severity: 'erreur',
    file,
    line: line(),
    field,
    message: `caractère invisible (${code}) dans le texte : il peut cacher du texte ou l'afficher à l'envers`,
    fix: 'retapez ce texte au clavier plutôt que de le copier-coller',
  };
}

function invisibleCharacters(raw: RawFile): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const issue = invisibleCharacterIssue(raw.file, () => raw.lineOf(path), fieldLabel(path), value);
      if (issue) issues.push(issue);
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (isRecord(value)) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(raw.data, []);
  (raw.body ?? '').split('\n').forEach((text, index) => {
    const issue = invisibleCharacterIssue(raw.file, () => (raw.bodyLine ?? 1) + index, '(texte de la fiche)', text);
    if (issue) issues.push(issue);
  });
  return issues;
}

/** Edit distance, to suggest the field a partner probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * A misspelt field (`telephone:` for `telephones:`) would be silently dropped by the schema, and the
 * partner would never know why the number is missing: every field must be one the schema knows.
 */
const fieldPathsBySchema = new WeakMap<z.ZodType, string[]>();

function unknownFields(raw: RawFile, schema: z.ZodType): ContentIssue[] {
  let known = fieldPathsBySchema.get(schema);
  if (!known) {
    known = schemaFieldPaths(schema);
    fieldPathsBySchema.set(schema, known);
  }
  const knownSet = new Set(known);
  const issues: ContentIssue[] = [];
  const walk = (value: unknown, path: PropertyKey[], prefix: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], `${prefix.replace(/\.$/, '')}[].`));
    else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (knownSet.has(`${prefix}${key}`)) {
          walk(item, [...path, key], `${prefix}${key}.`);
          continue;
        }
        const siblings = known.filter((field) => field.startsWith(prefix) && !/[.[]/.test(field.slice(prefix.length))).map((field) => field.slice(prefix.length));
        const closest = siblings.map((name) => ({ name, score: distance(key.toLowerCase(), name) })).sort((a, b) => a.score - b.score)[0];
        const guess = closest && closest.score <= Math.max(2, Math.floor(key.length / 3)) ? `vouliez-vous dire « ${closest.name} » ? ` : '';
        issues.push({
          severity: 'erreur',
          file: raw.file,
          line: raw.lineOf([...path, key]),
          field: fieldLabel([...path, key]),
          message: `champ inconnu « ${key} » : il serait ignoré et n'apparaîtrait pas sur le site`,
          fix: `${guess}champs possibles ici : ${siblings.join(', ')}`,
        });
      }
    }
  };
  walk(raw.data, [], '');
  return issues;
}

/** Collections written by partners: plain Markdown only, since MDX and HTML files can run code at build time. */
const PARTNER_WRITTEN: ReadonlySet<string> = new Set(['organismes']);

function listFiles(folder: string, extensions: string[]): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => extensions.includes(extname(name).toLowerCase()))
    .sort()
    .map((name) => join(folder, name));
}

const FILE_EXTENSIONS: Record<Exclude<CollectionDefinition['format'], 'yaml-list'>, string[]> = {
  markdown: ['.md'],
  mdx: ['.mdx'],
  yaml: ['.yaml', '.yml'],
};

function readCollection(
  contentDir: string,
  root: string,
  definition: CollectionDefinition,
  issues: ContentIssue[],
): RawFile[] {
  const location = join(contentDir, definition.path);
  const display = (path: string) => relative(root, path) || path;

  if (definition.format === 'yaml-list') {
    if (!existsSync(location) && definition.optional) return [];
    if (!existsSync(location)) {
      if (definition.optional) return [];
      issues.push({ severity: 'erreur', file: display(location), field: '', message: 'fichier attendu, introuvable' });
      return [];
    }
    const file = display(location);
    const parsed = parseYaml(readFileSync(location, 'utf8'), file, 0, issues);
    if (parsed.data === undefined) return [];
    if (!Array.isArray(parsed.data)) {
      issues.push({ severity: 'erreur', file, line: 1, field: '', message: 'liste attendue : chaque élément commence par « - id: … »' });
      return [];
    }
    return parsed.data.map((data: unknown, index: number) => ({
      id: typeof data === 'object' && data && 'id' in data ? String((data as { id: unknown }).id) : '',
      file,
      data,
      lineOf: (path: PropertyKey[]) => parsed.lineOf([index, ...path]),
    }));
  }

  const extensions = FILE_EXTENSIONS[definition.format];
  const files: RawFile[] = [];
  if (PARTNER_WRITTEN.has(definition.path)) {
    for (const path of listFiles(location, ['.mdx', '.html', '.htm', '.markdown'])) {
      issues.push({
        severity: 'erreur',
        file: display(path),
        field: '(nom du fichier)',
        message: `format « ${extname(path)} » refusé : une fiche est un fichier Markdown simple (.md), qui ne peut pas exécuter de code`,
        fix: `renommez le fichier « ${suggestId(basename(path, extname(path)))}.md » et retirez-en tout code ou HTML`,
      });
    }
  }
  const matches = definition.pattern ? globMatcher(definition.pattern) : () => true;
  for (const path of listFiles(location, extensions).filter((path) => matches(basename(path)))) {
    const file = display(path);
    const id = basename(path, extname(path));
    if (!isIdentifier(id)) {
      issues.push({
        severity: 'erreur',
        file,
        field: '(nom du fichier)',
        message: "nom de fichier attendu en minuscules sans accents ni espaces, avec des traits d'union",
        fix: `renommez le fichier « ${suggestId(id)}${extname(path)} »`,
      });
      continue;
    }
    if (definition.format === 'markdown' || definition.format === 'mdx') {
      const raw = readMarkdown(path, file, issues);
      if (raw) files.push({ id, ...raw });
    } else {
      const parsed = parseYaml(readFileSync(path, 'utf8'), file, 0, issues);
      if (parsed.data !== undefined) files.push({ id, file, ...parsed });
    }
  }
  return files;
}

/**
 * The file-name globs of `collections.ts` as a test: `*`, `?`, `[0-9]` and `{a,b}`, the subset Astro's
 * glob loader and this check both read the same way.
 */
export function globMatcher(pattern: string): (name: string) => boolean {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index] as string;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',' && source.lastIndexOf('(?:') > source.lastIndexOf(')')) source += '|';
    else if (char === '[') {
      const end = pattern.indexOf(']', index);
      source += pattern.slice(index, end + 1);
      index = end;
    } else source += char.replace(/[.+^$()|\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`);
  return (name) => regex.test(name);
}

/**
 * Collections sharing a folder each read the file names of their pattern; a file none of them reads
 * would be silently left out of the site, so it is an error that says which names are expected.
 */
function unreadFiles(dir: string, root: string): ContentIssue[] {
  const definitions = Object.values(collectionDefinitions) as CollectionDefinition[];
  const issues: ContentIssue[] = [];
  const shared = new Set(definitions.filter((definition) => definition.pattern).map((definition) => definition.path));
  for (const folder of shared) {
    const readers = definitions.filter((definition) => definition.path === folder);
    const listed = definitions.filter((definition) => definition.format === 'yaml-list').map((definition) => join(dir, definition.path));
    const expected = readers.map((definition) => definition.patternExample).filter(Boolean);
    for (const path of listFiles(join(dir, folder), ['.yaml', '.yml', '.md'])) {
      if (listed.includes(path)) continue;
      if (readers.some((definition) => !definition.pattern || globMatcher(definition.pattern)(basename(path)))) continue;
      issues.push({
        severity: 'erreur',
        file: relative(root, path) || path,
        field: '(nom du fichier)',
        message: `fichier non reconnu, il ne serait pas publié : nom attendu comme ${expected.map((name) => `« ${name} »`).join(' ou ')}`,
      });
    }
  }
  return issues;
}

function validate(raw: RawFile, schema: z.ZodType, issues: ContentIssue[]): SourceEntry | undefined {
  if (raw.data === null || raw.data === undefined || typeof raw.data !== 'object') {
    issues.push({ severity: 'erreur', file: raw.file, line: 1, field: '', message: 'champs attendus (clé: valeur), fichier vide' });
    return undefined;
  }
  const result = schema.safeParse(raw.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push({
        severity: 'erreur',
        file: raw.file,
        line: raw.lineOf(issue.path),
        field: fieldLabel(issue.path),
        message: issue.message,
      });
    }
    return undefined;
  }
  return { id: raw.id, file: raw.file, data: result.data, body: raw.body, bodyLine: raw.bodyLine, lineOf: raw.lineOf };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function duplicateIds(entries: SourceEntry<unknown>[], what: string): ContentIssue[] {
  const seen = new Map<string, SourceEntry<unknown>>();
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) {
      issues.push({
        severity: 'erreur',
        file: entry.file,
        line: entry.lineOf(['id']),
        field: 'id',
        message: `identifiant « ${entry.id} » en double : ${what} porte déjà cet identifiant dans ${first.file}`,
      });
    } else seen.set(entry.id, entry);
  }
  return issues;
}

export interface ContentCheckOptions {
  /** Project root, to show short file paths. Defaults to the current directory. */
  root?: string;
  /** The day of the check: for warnings such as « verified more than 12 months ago » and the age of figures. Defaults to now. */
  today?: Date;
}

/** Validates every file of `contentDir`. Never throws on bad content: the problems are in `issues`. */
export function checkContent(contentDir: string, options: ContentCheckOptions = {}): ContentCheckResult {
  const root = resolve(options.root ?? process.cwd());
  const dir = isAbsolute(contentDir) ? contentDir : resolve(root, contentDir);
  const issues: ContentIssue[] = [];
  const content = {} as Record<string, SourceEntry[]>;
  const raw = {} as Record<string, SourceEntry<Record<string, unknown>>[]>;
  for (const [name, definition] of Object.entries(collectionDefinitions) as [CollectionName, CollectionDefinition][]) {
    const files = readCollection(dir, root, definition, issues);
    for (const file of files) issues.push(...invisibleCharacters(file));
    if (PARTNER_WRITTEN.has(definition.path)) for (const file of files) issues.push(...unknownFields(file, definition.schema));
    content[name] = files.map((file) => validate(file, definition.schema, issues)).filter((entry) => entry !== undefined);
    raw[name] = files.filter((file) => isRecord(file.data)) as SourceEntry<Record<string, unknown>>[];
    issues.push(...duplicateIds(raw[name], 'une autre entrée'));
  }
  issues.push(...unreadFiles(dir, root));
  const context: CheckContext = { today: options.today ?? new Date() };
  for (const check of referenceChecks) issues.push(...check(raw as RawCollections, context));
  const typed = content as CollectionData;
  for (const check of contentWarnings) issues.push(...check(typed, context));
  return {
    content: typed,
    issues,
    errors: issues.filter((issue) => issue.severity === 'erreur'),
    warnings: issues.filter((issue) => issue.severity === 'avertissement'),
  };
}
