import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionDefinitions, type CollectionDefinition } from './collections';
import { site } from './site.config';

const GLOB_PATTERN: Record<'markdown' | 'yaml', string> = { markdown: '*.md', yaml: '*.{yaml,yml}' };

/** An optional file that is absent holds no entry (Astro's `file()` would log an error). */
const noEntries = { name: 'tlpj:aucune-entree', load: async () => {} };

function loaderFor({ path, format, pattern, optional }: CollectionDefinition) {
  const location = `${site.contentDir}/${path}`;
  if (format === 'yaml-list') return optional && !existsSync(location) ? noEntries : file(location);
  return glob({ base: location, pattern: pattern ?? GLOB_PATTERN[format] });
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
};
