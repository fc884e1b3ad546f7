/**
 * The configuration of the coordinator's editor (Sveltia CMS at `/admin/`), made from the collections and
 * their zod schemas (collections.ts) as the files are written (zod's JSON Schema export, `io: 'input'`): a
 * field added to a schema appears in the editor with no other change. The endpoint
 * `pages/_admin/config.yml.ts` serves it; the tests call it directly.
 *
 * What a widget cannot hold is left out rather than forced into one: a value that is either a word or a
 * list (`municipalites: tout`), a table keyed by indicator (`valeurs`). Sveltia keeps the fields it is not
 * told about as they are when it saves, and the collection's description names them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, matchesGlob, relative, resolve, sep } from 'node:path';
import type { CmsConfig, Collection, Field, SelectFieldValue } from '@sveltia/cms';
import { z } from 'astro/zod';
import { collectionDefinitions, type CollectionDefinition } from '../collections';
import { fr } from '../i18n/fr';
import type { CmsSettings } from '../site.config';
import { patternOf } from './content-check';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  description?: string;
}

/** The JSON Schema of a zod schema, as authors write the files. */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Longer than this, a text gets a multi-line box (e.g. a profile's 320-character summary). */
const LONG_TEXT = 120;

/** Bounds zod writes for any integer, which say nothing to an author. */
const isMeaningfulBound = (bound: number | undefined): bound is number => bound !== undefined && Math.abs(bound) < Number.MAX_SAFE_INTEGER;

function alternatives(schema: JsonSchema): JsonSchema[] {
  return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
}

function typesOf(schema: JsonSchema): string[] {
  return Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
}

/** The values a field may take, when the schema lists them (an enum, or a union of constants). */
function choicesOf(schema: JsonSchema): SelectFieldValue[] | undefined {
  if (schema.enum) return schema.enum as SelectFieldValue[];
  const options = alternatives(schema);
  if (options.length > 0 && options.every((option) => option.const !== undefined || option.enum)) return options.flatMap((option) => option.enum ?? [option.const]) as SelectFieldValue[];
  return undefined;
}

/** A text: a union of texts (`source: projet-commun-2013-2015 | https://…`), or a text or a number (a phone number). */
function isText(schema: JsonSchema): boolean {
  const options = alternatives(schema);
  if (options.length > 0) return options.every(isText);
  const types = typesOf(schema);
  return types.includes('string') && types.every((type) => ['string', 'number', 'integer'].includes(type));
}

/** A field without its name. */
type Widget = Field extends infer F ? (F extends unknown ? Omit<F, 'name'> : never) : never;

/** The widget of one value; undefined when no widget can hold what the schema accepts. */
function widgetFor(schema: JsonSchema): Widget | undefined {
  const hint = schema.description === undefined ? {} : { hint: schema.description };
  const choices = choicesOf(schema);
  if (choices) return { widget: 'select', options: choices, ...hint };
  const types = typesOf(schema);
  // One type, not a choice between several: the only values a number or yes/no widget can hold.
  const type = alternatives(schema).length === 0 && types.length === 1 ? types[0] : undefined;
  if (type === 'boolean') {
    // A yes/no fact is written by its author, never defaulted: a checkbox would write « false » untouched.
    return { widget: 'select', options: [{ label: fr.cms.yes, value: true }, { label: fr.cms.no, value: false }], ...hint };
  }
  if (type === 'integer' || type === 'number') {
    const min = isMeaningfulBound(schema.minimum) ? schema.minimum : type === 'integer' && schema.exclusiveMinimum === 0 ? 1 : undefined;
    return {
      widget: 'number',
      value_type: type === 'integer' ? 'int' : 'float',
      ...(min === undefined ? {} : { min }),
      ...(isMeaningfulBound(schema.maximum) ? { max: schema.maximum } : {}),
      ...hint,
    };
  }
  if (isText(schema)) {
    if (schema.format === 'date') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', ...hint };
    return {
      widget: (schema.maxLength ?? 0) > LONG_TEXT ? 'text' : 'string',
      ...(schema.pattern ? { pattern: [schema.pattern, fr.cms.patternMismatch] as [string, string] } : {}),
      ...hint,
    };
  }
  if (type === 'array' && schema.items) {
    const items = schema.items;
    const min = schema.minItems ? { min: schema.minItems } : {};
    const itemChoices = choicesOf(items);
    if (itemChoices) return { widget: 'select', multiple: true, options: itemChoices, ...min, ...hint };
    if (items.properties) {
      const fields = fieldsOf(items).fields;
      return fields.length > 0 ? { widget: 'list', fields, ...min, ...hint } : undefined;
    }
    const item = widgetFor(items);
    return item ? { widget: 'list', field: { name: 'element', ...item } as Field, ...min, ...hint } : undefined;
  }
  if (type === 'object' && schema.properties) {
    const fields = fieldsOf(schema).fields;
    return fields.length > 0 ? { widget: 'object', fields, ...hint } : undefined;
  }
  return undefined;
}

/**
 * The CMS fields of an entry schema, in the schema's order, and the paths of the fields no widget can hold
 * (`services[].territoires.municipalites`). A field the schema describes (`.describe()`) shows its description as a hint.
 */
export function cmsFields(schema: z.ZodType): { fields: Field[]; leftOut: string[] } {
  return fieldsOf(jsonSchemaOf(schema));
}

function fieldsOf(schema: JsonSchema, prefix = ''): { fields: Field[]; leftOut: string[] } {
  const required = new Set(schema.required ?? []);
  const fields: Field[] = [];
  const leftOut: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const widget = widgetFor(property);
    if (!widget) {
      leftOut.push(`${prefix}${name}`);
      continue;
    }
    fields.push({ name, ...widget, required: required.has(name) } as Field);
    // Left-out parts of nested objects and lists, named by their path.
    const nested = property.properties ? property : property.items?.properties ? property.items : undefined;
    if (nested) leftOut.push(...fieldsOf(nested, `${prefix}${name}${property.items ? '[]' : ''}.`).leftOut);
  }
  return { fields, leftOut };
}

/** The Markdown after the front matter. MDX is kept as typed: the rich-text view would escape its components. */
function bodyField(definition: CollectionDefinition): Field[] {
  if (definition.format !== 'markdown' && definition.format !== 'mdx') return [];
  // No images or code blocks: the site publishes neither from content.
  return [{ name: 'body', widget: 'markdown', required: false, editor_components: [], ...(definition.format === 'mdx' ? { modes: ['raw'] } : {}) } as Field];
}

const EXTENSION = { markdown: 'md', mdx: 'mdx', yaml: 'yaml' } as const;

export interface CmsConfigOptions {
  /** The folder of the repository (the project root). */
  root: string;
  /** The content folder, absolute or relative to `root`. */
  contentDir: string;
  /** The site's absolute address with its base, for the editor's link to the site. */
  siteUrl: string;
}

/** A path relative to the repository root, as the CMS names files in the repository. */
function repositoryPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

function listFolder(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

/**
 * The CMS collection of one content collection, or undefined when its optional file or folder is absent.
 * A folder shared with other collections (`bilans/`) is told apart by file name, which a CMS folder
 * collection cannot do: its files are listed one by one, and new ones come from their command
 * (`npm run bilan:nouveau`).
 */
function collectionFor(name: string, definition: CollectionDefinition, contentDir: string, root: string): Collection | undefined {
  const location = join(contentDir, definition.path);
  const { fields, leftOut } = cmsFields(definition.schema);
  const description = leftOut.length > 0 ? { description: fr.cms.fieldsInFile(leftOut) } : {};
  if (definition.format === 'yaml-list') {
    if (definition.optional && !existsSync(location)) return undefined;
    return {
      name,
      ...description,
      files: [{ name, file: repositoryPath(root, location), format: 'yaml', fields: [{ name, widget: 'list', root: true, fields } as Field] }],
    };
  }
  const format = definition.format === 'yaml' ? 'yaml' : 'frontmatter';
  const allFields = [...fields, ...bodyField(definition)];
  if (definition.pattern) {
    const files = listFolder(location).filter((file) => matchesGlob(file, patternOf(definition)));
    if (files.length === 0) return undefined;
    return {
      name,
      ...description,
      files: files.map((file) => ({ name: file.replace(/\.[^.]+$/, ''), label: file, file: repositoryPath(root, join(location, file)), format, fields: allFields })),
    };
  }
  if (definition.optional && !existsSync(location)) return undefined;
  // The entry's title in the editor's lists: its first required text (`nom`, `titre`…).
  const identifier = fields.find((field) => 'required' in field && field.required === true && (field.widget === 'string' || field.widget === 'text'))?.name;
  return {
    name,
    ...description,
    folder: repositoryPath(root, location),
    extension: EXTENSION[definition.format],
    format,
    ...(identifier ? { identifier_field: identifier } : {}),
    // The file name is the entry's id and its page's address: chosen once, at creation.
    slug: { editable: ['create'], hint: fr.cms.slugHint },
    fields: allFields,
  };
}

/** The whole CMS configuration, for the repository and git host of `settings` (which must name a repository). */
export function cmsConfig(settings: CmsSettings & { repo: string }, options: CmsConfigOptions): CmsConfig {
  const root = resolve(options.root);
  const contentDir = isAbsolute(options.contentDir) ? options.contentDir : join(root, options.contentDir);
  const collections = Object.entries(collectionDefinitions).flatMap(([name, definition]) => collectionFor(name, definition as CollectionDefinition, contentDir, root) ?? []);
  return {
    backend: {
      name: settings.backend,
      repo: settings.repo,
      branch: settings.branch,
      // Without an authentication proxy, the only sign-in that needs no server is an access token.
      ...(settings.oauthUrl ? { base_url: settings.oauthUrl } : { auth_methods: ['token'] }),
    },
    app_title: fr.cms.title,
    site_url: options.siteUrl,
    // Sveltia requires a media folder; no field of the content takes a file, so only the Assets view uses it.
    media_folder: 'public',
    // An optional field left empty is left out of the file, as authors write them: empty is « à confirmer ».
    output: { omit_empty_optional_fields: true },
    // Ids are lower case, without accents, with hyphens (schemas/common.ts).
    slug: { encoding: 'ascii', clean_accents: true },
    collections,
  };
}
