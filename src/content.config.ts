import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { collectionDefinitions, type CollectionDefinition, type CollectionFormat } from './collections';
import { site } from './site.config';

const GLOB_PATTERN: Record<Exclude<CollectionFormat, 'yaml-list'>, string> = {
  markdown: '*.md',
  mdx: '*.mdx',
  yaml: '*.{yaml,yml}',
};

/** An absent optional list file has no entries; Astro's `file()` loader would log it as an error. */
const noEntries: Loader = { name: 'tlpj:no-entries', load: async ({ store }) => store.clear() };

function loaderFor({ path, format, pattern, optional }: CollectionDefinition) {
  const location = `${site.contentDir}/${path}`;
  if (format !== 'yaml-list') return glob({ base: location, pattern: pattern ?? GLOB_PATTERN[format] });
  return optional && !existsSync(location) ? noEntries : file(location);
}

function define<T extends CollectionDefinition>(definition: T) {
  return defineCollection({ loader: loaderFor(definition), schema: definition.schema as T['schema'] });
}

export const collections = {
  organismes: define(collectionDefinitions.organismes),
  territoires: define(collectionDefinitions.territoires),
  categories: define(collectionDefinitions.categories),
  pages: define(collectionDefinitions.pages),
  indicateurs: define(collectionDefinitions.indicateurs),
  bilans: define(collectionDefinitions.bilans),
  portraits: define(collectionDefinitions.portraits),
  prejuges: define(collectionDefinitions.prejuges),
  priorites: define(collectionDefinitions.priorites),
  recits: define(collectionDefinitions.recits),
  themes: define(collectionDefinitions.themes),
  numeros: define(collectionDefinitions.numeros),
};
