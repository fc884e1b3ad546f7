/**
 * How content gets into the site, checked. Each collection's loader is Astro's own `glob()` or `file()`,
 * wrapped so that an entry with a problem is recorded instead of stopping the build at the first one and
 * is never stored; once every collection is loaded, the integration runs the checks across files and fails
 * the build with one French report of every problem (`fichier:ligne — champ — problème — comment corriger`).
 * `npm run verifier` runs the same checks from lib/content-check.ts without building.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { collectionDefinitions, type CollectionDefinition, type CollectionName } from '../collections';
import { fr } from '../i18n/fr';
import { digest, filesUnder } from '../lib/build-cache';
import {
  crossFileIssues,
  fileNameIssues,
  folderIssues,
  formatIssue,
  formatReport,
  patternOf,
  readEntry,
  readList,
  schemaIssues,
  unreadableIssues,
  type CheckedCollection,
  type ContentIssue,
  type SourceEntry,
} from '../lib/content-check';
import { configurationWarnings } from '../lib/content-warnings';
import { timed } from './timings';

/** What each collection's loader found. Loaders run inside Vite's module graph, the integration outside it, in one process. */
interface Loaded {
  issues: ContentIssue[];
  entries: () => CheckedCollection;
}
const loaded = ((globalThis as { tlpjLoaded?: Partial<Record<CollectionName, Loaded>> }).tlpjLoaded ??= {});

/**
 * Astro keeps loaded entries between builds and re-validates only changed files; it clears them when
 * `content.config.ts` changes, not when a schema it imports does (withastro/astro#11591). The code the
 * schemas are made of is part of the key under which entries are kept.
 */
let schemaCode: string | undefined;
function schemaDigest(root: string): string {
  schemaCode ??= digest(['src/schemas', 'src/lib', 'src/collections.ts', 'src/site.config.ts'].flatMap((path) => {
    const files = path.endsWith('.ts') ? [path] : filesUnder(join(root, path)).map((name) => join(path, name));
    return files.flatMap((name) => [name, readFileSync(join(root, name))]);
  }));
  return schemaCode;
}

/** What Astro's loaders get back for a file they could not read: no data; the entry is then not stored. */
const NOTHING = { data: {}, body: '', slug: '', rawData: '' };

/** The loader of one collection of `collections.ts`, reading `contentDir`. */
export function checkedLoader(name: CollectionName, contentDir: string): Loader {
  const definition = collectionDefinitions[name] as CollectionDefinition;
  const location = join(contentDir, definition.path);
  return {
    name: 'tlpj:contenu-verifie',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const display = (path: string) => relative(root, path) || path;
      const key = digest([schemaDigest(root), location]);
      if (context.meta.get('schemas') !== key) context.store.clear();
      context.meta.set('schemas', key);

      const issues: ContentIssue[] = [];
      /** Entries as read, by file (folders) or id (list files), for the lines of their problems. */
      const read = new Map<string, SourceEntry>();
      const failed = new Set<string>();
      const invalid: SourceEntry[] = [];
      const entryTypes = new Map(
        [...(context as LoaderContext & { entryTypes: Map<string, { getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<{ data: unknown }> }> }).entryTypes].map(
          ([extension, type]) => [
            extension,
            {
              ...type,
              getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
                const path = fileURLToPath(params.fileUrl);
                const badName = fileNameIssues(display(path));
                issues.push(...badName);
                if (badName.length > 0) return NOTHING;
                try {
                  const info = await type.getEntryInfo(params);
                  const result = readEntry('', display(path), params.contents, definition.format, info.data);
                  issues.push(...result.issues);
                  if (result.entry) read.set(path, result.entry);
                  return result.entry ? info : NOTHING;
                } catch (thrown) {
                  issues.push(...unreadableIssues(display(path), params.contents, definition.format, thrown));
                  return NOTHING;
                }
              },
            },
          ],
        ),
      );
      const inner =
        definition.format !== 'yaml-list'
          ? glob({ base: location, pattern: patternOf(definition) })
          : file(location, {
              parser: (text) => {
                const list = readList(display(location), text);
                issues.push(...list.issues);
                for (const entry of list.entries) read.set(entry.id, entry);
                return list.entries.map((entry) => entry.data as Record<string, unknown>);
              },
            });
      if (definition.format === 'yaml-list' && !existsSync(location)) context.store.clear();
      else {
        await inner.load({
          ...context,
          entryTypes,
          parseData: async (props) => {
            const entry = read.get(definition.format === 'yaml-list' ? props.id : (props.filePath ?? ''));
            if (!entry) {
              failed.add(props.id);
              return props.data;
            }
            try {
              return await context.parseData(props);
            } catch (thrown) {
              const problems = schemaIssues({ ...entry, id: props.id }, definition.schema);
              if (problems.length === 0) throw thrown;
              issues.push(...problems);
              failed.add(props.id);
              invalid.push({ ...entry, id: props.id });
              return props.data;
            }
          },
          store: {
            ...context.store,
            // An entry with a problem is never kept: the next build reads it again and reports it again.
            set: (entry) => (failed.has(entry.id) ? (context.store.delete(entry.id), false) : context.store.set(entry)),
          },
        } as LoaderContext);
      }
      read.clear();
      if (context.watcher && issues.length > 0) context.logger.error(formatReport(issues));
      loaded[name] = {
        issues,
        entries: () => ({
          valid: [...context.store.values()].map((stored) => {
            const path = join(root, stored.filePath ?? '');
            let lines: SourceEntry['lineOf'] | undefined;
            const lineOf = (at: PropertyKey[]) => {
              const text = readFileSync(path, 'utf8');
              const again = definition.format === 'yaml-list' ? readList(display(path), text).entries.find((entry) => entry.id === stored.id) : readEntry(stored.id, display(path), text, definition.format, stored.data).entry;
              lines ??= again?.lineOf ?? (() => undefined);
              return lines(at);
            };
            return { id: stored.id, file: display(path), data: stored.data, body: stored.body, lineOf };
          }),
          invalid,
        }),
      };
    },
  };
}

/**
 * Fails the build with every content problem at once, after Astro has loaded every collection: each loader
 * reports its own entries, the checks across files need them all.
 */
export function contentReport(contentDir: string): AstroIntegration {
  let root = '';
  return {
    name: 'tlpj:contenu',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        contentDir = resolve(root, contentDir);
      },
      'astro:build:start': async ({ logger }) => {
        const { content, issues } = await timed(logger, 'vérification du contenu', () => {
          const names = Object.keys(collectionDefinitions) as CollectionName[];
          const found = [...folderIssues(contentDir, (path) => relative(root, path) || path), ...names.flatMap((name) => loaded[name]?.issues ?? [])];
          const collections = Object.fromEntries(names.map((name) => [name, loaded[name]?.entries() ?? { valid: [], invalid: [] }]));
          const checked = crossFileIssues(collections as Record<CollectionName, CheckedCollection>, new Date());
          return { content: checked.content, issues: [...found, ...checked.issues] };
        });
        const errors = issues.filter((issue) => issue.severity === 'erreur');
        if (errors.length > 0) {
          const error = new Error(`${formatReport(errors)}\n\n${fr.contentCheck.fixThenRebuild}`);
          error.name = 'ErreurDeContenu';
          // The report is the whole message; a stack trace would only hide it.
          error.stack = `${error.name}: ${error.message}`;
          throw error;
        }
        // Warnings never block a build; listed one by one they would bury the build log, so it counts them
        // and `npm run verifier` shows each with how to fix it.
        if (issues.length > 0) logger.warn(fr.contentCheck.warnings(issues.length));
        for (const issue of configurationWarnings()) logger.warn(formatIssue(issue));
        logger.info(fr.contentCheck.checked(Object.entries(content).map(([name, entries]) => `${entries.length} ${name}`)));
      },
    },
  };
}
