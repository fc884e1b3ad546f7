import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionDefinitions, type CollectionDefinition } from './collections';
import { site } from './site.config';

const GLOB_PATTERN: Record<'markdown' | 'yaml', string> = { markdown: '*.md', yaml: '*.{yaml,yml}' };

function loaderFor({ path, format }: CollectionDefinition) {
  const location = `${site.contentDir}/${path}`;
  return format === 'yaml-list' ? file(location) : glob({ base: location, pattern: GLOB_PATTERN[format] });
}

function define<T extends CollectionDefinition>(definition: T) {
  return defineCollection({ loader: loaderFor(definition), schema: definition.schema as T['schema'] });
}

export const collections = {
  organismes: define(collectionDefinitions.organismes),
  territoires: define(collectionDefinitions.territoires),
  categories: define(collectionDefinitions.categories),
  pages: define(collectionDefinitions.pages),
};
