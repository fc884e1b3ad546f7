/**
 * The coordinator's editor (Sveltia CMS) is configured from the collections' schemas (lib/cms-config.ts):
 * what each test expects is read from the schemas themselves, so a field added to a schema is checked too.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { z } from 'astro/zod';
import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionDefinitions, type CollectionDefinition } from '../../src/collections';
import { fr } from '../../src/i18n/fr';
import { cmsConfig, cmsFields } from '../../src/lib/cms-config';
import { patternOf } from '../../src/lib/content-check';
import { projectRoot } from '../support/build-site';
import { SITE_FIXTURE } from '../support/content';
import { schemaFieldPaths } from '../support/schema-fields';

const SETTINGS = { repo: 'tlpj/site-des-tests', backend: 'github', branch: 'main' } as const;
const SITE_URL = 'https://tlpj.example.org/';
const config = cmsConfig(SETTINGS, { root: projectRoot, contentDir: SITE_FIXTURE, siteUrl: SITE_URL });
const definitions = Object.entries(collectionDefinitions) as [string, CollectionDefinition][];

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
}

const jsonSchema = (definition: CollectionDefinition) => z.toJSONSchema(definition.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

function collection(name: string): Collection {
  const found = config.collections?.find((item): item is Collection => 'name' in item && item.name === name);
  if (!found) throw new Error(`collection ${name} absente de la configuration`);
  return found;
}

/** The fields of an entry of the collection: a folder's, a file's, or those of the list a list file holds. */
function entryFields(name: string): Field[] {
  const found = collection(name);
  if ('folder' in found) return found.fields;
  const [file] = found.files;
  const [first] = file!.fields;
  return first && 'root' in first && first.root && 'fields' in first ? (first.fields as Field[]) : file!.fields;
}

function subFields(field: Field): Field[] {
  if ('fields' in field && Array.isArray(field.fields)) return field.fields as Field[];
  return [];
}

/** Every field of the configuration by its path, as schema-fields.ts names paths: `lieux[].adresse.numero`. */
function fieldsByPath(fields: Field[], prefix = ''): Map<string, Field> {
  const paths = new Map<string, Field>();
  for (const field of fields) {
    paths.set(`${prefix}${field.name}`, field);
    const inner = field.widget === 'list' ? `${prefix}${field.name}[].` : `${prefix}${field.name}.`;
    for (const [path, child] of fieldsByPath(subFields(field), inner)) paths.set(path, child);
  }
  return paths;
}

/** Every property of a JSON Schema, at any depth, by its path (`services[].acces`), with whether it is required. */
function propertiesByPath(schema: JsonSchema, prefix = ''): { path: string; property: JsonSchema; required: boolean }[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const nested = property.items?.properties ? propertiesByPath(property.items, `${path}[].`) : propertiesByPath(property, `${path}.`);
    return [{ path, property, required: (schema.required ?? []).includes(name) }, ...nested];
  });
}

/** The paths the collection's description says to edit in the file itself. */
function leftOutOf(name: string): string[] {
  return cmsFields(collectionDefinitions[name as keyof typeof collectionDefinitions].schema).leftOut;
}

describe('the CMS configuration made from the schemas', () => {
  it('is a valid Sveltia CMS configuration, by the JSON Schema Sveltia publishes', () => {
    const schema = JSON.parse(readFileSync(join(projectRoot, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(JSON.stringify(config))), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema does refuse what Sveltia does not know.
    expect(validate({ ...config, collections: [{ ...collection('organismes'), fields: [{ name: 'nom', widget: 'inconnu', required: 'peut-être' }] }] })).toBe(false);
  });

  it('has a collection for every collection of the content, at its folder or file', () => {
    for (const [name, definition] of definitions) {
      const found = collection(name);
      const location = `${SITE_FIXTURE}/${definition.path}`;
      if ('folder' in found) expect(found.folder, name).toBe(location);
      else for (const file of found.files) expect(file.file.startsWith(location), `${name} : ${file.file}`).toBe(true);
    }
    expect(config.collections).toHaveLength(definitions.length);
  });

  it('lists each file of a collection that shares its folder, and only those its pattern reads', () => {
    for (const [name, definition] of definitions.filter(([, definition]) => definition.pattern)) {
      const expected = readdirSync(join(projectRoot, SITE_FIXTURE, definition.path)).filter((file) => matchesGlob(file, patternOf(definition)));
      const found = collection(name);
      expect('files' in found && found.files.map((file) => file.file), name).toEqual(expected.map((file) => `${SITE_FIXTURE}/${definition.path}/${file}`));
    }
  });

  it('gives every field of every schema a widget, or names it in the collection description as one to edit in the file', () => {
    for (const [name, definition] of definitions) {
      const configured = new Set(fieldsByPath(entryFields(name)).keys());
      const leftOut = leftOutOf(name);
      for (const path of schemaFieldPaths(definition.schema)) {
        const covered = configured.has(path) || leftOut.some((left) => path === left || path.startsWith(`${left}.`) || path.startsWith(`${left}[]`));
        expect(covered, `${name} : ${path}`).toBe(true);
      }
      for (const left of leftOut) {
        expect(configured.has(left), `${name} : ${left}`).toBe(false);
        expect(collection(name).description, name).toContain(`« ${left} »`);
      }
    }
  });

  it('requires exactly the fields each schema requires, at every depth', () => {
    for (const [name, definition] of definitions) {
      const fields = fieldsByPath(entryFields(name));
      for (const { path, required } of propertiesByPath(jsonSchema(definition))) {
        const field = fields.get(path);
        if (field && 'required' in field) expect(field.required, `${name} : ${path}`).toBe(required);
      }
    }
  });

  it('makes each list of words of a schema a choice among exactly those words', () => {
    let enums = 0;
    for (const [name, definition] of definitions) {
      const fields = fieldsByPath(entryFields(name));
      for (const { path, property } of propertiesByPath(jsonSchema(definition))) {
        const options = property.enum ?? property.items?.enum;
        if (!options) continue;
        const field = fields.get(path);
        expect(field?.widget, `${name} : ${path}`).toBe('select');
        expect(field && 'options' in field && field.options, `${name} : ${path}`).toEqual(options);
        enums += 1;
      }
    }
    expect(enums).toBeGreaterThan(0);
  });

  it('asks every yes/no of a schema, never checks a box by default', () => {
    let booleans = 0;
    for (const [name, definition] of definitions) {
      const fields = fieldsByPath(entryFields(name));
      for (const { path } of propertiesByPath(jsonSchema(definition)).filter(({ property }) => property.type === 'boolean')) {
        const field = fields.get(path);
        expect(field?.widget, `${name} : ${path}`).toBe('select');
        expect(field && 'options' in field && field.options, `${name} : ${path}`).toEqual([{ label: fr.cms.yes, value: true }, { label: fr.cms.no, value: false }]);
        expect(field && 'default' in field, `${name} : ${path}`).toBe(false);
        booleans += 1;
      }
    }
    expect(booleans).toBeGreaterThan(0);
  });

  it('edits the Markdown text after the front matter, MDX as typed', () => {
    for (const [name, definition] of definitions) {
      const body = entryFields(name).find((field) => field.name === 'body');
      if (definition.format === 'markdown' || definition.format === 'mdx') {
        expect(body?.widget, name).toBe('markdown');
        expect(body && 'modes' in body ? body.modes : undefined, name).toEqual(definition.format === 'mdx' ? ['raw'] : undefined);
      } else expect(body, name).toBeUndefined();
    }
  });

  it('shows what a schema describes as the field’s hint', () => {
    const { fields } = cmsFields(z.object({ nom: z.string().describe('Le nom tel que la Table le connaît.'), sigle: z.string().optional() }));
    expect(fields).toEqual([
      { name: 'nom', widget: 'string', hint: 'Le nom tel que la Table le connaît.', required: true },
      { name: 'sigle', widget: 'string', required: false },
    ]);
  });

  it('signs in with an access token alone, unless an authentication proxy is set', () => {
    expect(config.backend).toEqual({ name: 'github', repo: SETTINGS.repo, branch: 'main', auth_methods: ['token'] });
    const withProxy = cmsConfig({ ...SETTINGS, oauthUrl: 'https://auth.example.org' }, { root: projectRoot, contentDir: SITE_FIXTURE, siteUrl: SITE_URL });
    expect(withProxy.backend).toEqual({ name: 'github', repo: SETTINGS.repo, branch: 'main', base_url: 'https://auth.example.org' });
  });
});

describe('the CMS configuration of a content folder without its optional files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tlpj-cms-'));
  cpSync(join(projectRoot, SITE_FIXTURE), dir, { recursive: true });
  const optional = definitions.filter(([, definition]) => definition.optional);
  for (const [, definition] of optional) rmSync(join(dir, definition.path), { recursive: true, force: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves out the collections that have nothing to edit, and keeps the others', () => {
    const config: CmsConfig = cmsConfig(SETTINGS, { root: dir, contentDir: dir, siteUrl: SITE_URL });
    const names = config.collections?.map((item) => ('name' in item ? item.name : '')) ?? [];
    expect(optional.length).toBeGreaterThan(0);
    expect(names).toEqual(definitions.filter(([, definition]) => !definition.optional).map(([name]) => name));
  });
});
