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
import { isIdentifier } from '../schemas/common';
import { fieldLabel } from './field-label';
import { referenceChecks } from './reference-checks';

export { fieldLabel };

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
}

export interface SourceEntry<T = unknown> {
  id: string;
  file: string;
  data: T;
  /** Markdown body, for Markdown collections. */
  body?: string;
  /** Finds the line of a field path, for messages of later checks. */
  lineOf: (path: PropertyKey[]) => number | undefined;
}

export type CollectionData = { [K in CollectionName]: SourceEntry<z.output<(typeof collectionDefinitions)[K]['schema']>>[] };

/** Entries as written, before validation: a file with a schema error is still checked across files. */
export type RawCollections = Record<CollectionName, SourceEntry<Record<string, unknown>>[]>;

/** A check across collections. It reads the data as written, so it must not trust any field's type. */
export type CrossCheck = (content: RawCollections) => ContentIssue[];

export interface ContentCheckResult {
  content: CollectionData;
  issues: ContentIssue[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/** One line per problem: `fichier:ligne — champ — problème`. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return [where, issue.field || '(fichier entier)', issue.message].join(' — ');
}

export function formatReport(issues: ContentIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'erreur');
  const header =
    errors.length === 1 ? '1 erreur dans le contenu :' : `${errors.length} erreurs dans le contenu :`;
  return [header, ...errors.map((issue) => `  • ${formatIssue(issue)}`)].join('\n');
}

interface RawFile {
  id: string;
  file: string;
  /** Parsed YAML data (front matter for Markdown). */
  data: unknown;
  body?: string;
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
        message: `syntaxe YAML invalide${code} : vérifiez les deux-points, les guillemets et l'indentation`,
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
    });
    return undefined;
  }
  // Line 1 is the opening `---`, so the first YAML line is line 2.
  const parsed = parseYaml(match[1] ?? '', file, 1, issues);
  return { ...parsed, file, body: text.slice(match[0].length) };
}

function listFiles(folder: string, extensions: string[]): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => extensions.includes(extname(name).toLowerCase()))
    .sort()
    .map((name) => join(folder, name));
}

function readCollection(
  contentDir: string,
  root: string,
  definition: CollectionDefinition,
  issues: ContentIssue[],
): RawFile[] {
  const location = join(contentDir, definition.path);
  const display = (path: string) => relative(root, path) || path;

  if (definition.format === 'yaml-list') {
    if (!existsSync(location)) {
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

  const extensions = definition.format === 'markdown' ? ['.md'] : ['.yaml', '.yml'];
  const files: RawFile[] = [];
  for (const path of listFiles(location, extensions)) {
    const file = display(path);
    const id = basename(path, extname(path));
    if (!isIdentifier(id)) {
      issues.push({
        severity: 'erreur',
        file,
        field: '(nom du fichier)',
        message: `nom de fichier attendu en minuscules sans accents ni espaces, avec des traits d'union (p. ex. « ${suggestId(id)}${extname(path)} »)`,
      });
      continue;
    }
    if (definition.format === 'markdown') {
      const raw = readMarkdown(path, file, issues);
      if (raw) files.push({ id, ...raw });
    } else {
      const parsed = parseYaml(readFileSync(path, 'utf8'), file, 0, issues);
      if (parsed.data !== undefined) files.push({ id, file, ...parsed });
    }
  }
  return files;
}

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
  return { id: raw.id, file: raw.file, data: result.data, body: raw.body, lineOf: raw.lineOf };
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
    content[name] = files.map((file) => validate(file, definition.schema, issues)).filter((entry) => entry !== undefined);
    raw[name] = files.filter((file) => isRecord(file.data)) as SourceEntry<Record<string, unknown>>[];
    issues.push(...duplicateIds(raw[name], 'une autre entrée'));
  }
  for (const check of referenceChecks) issues.push(...check(raw as RawCollections));
  const typed = content as CollectionData;
  return {
    content: typed,
    issues,
    errors: issues.filter((issue) => issue.severity === 'erreur'),
    warnings: issues.filter((issue) => issue.severity === 'avertissement'),
  };
}
