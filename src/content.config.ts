import { defineCollection } from 'astro:content';
import { collectionDefinitions as definitions, type CollectionDefinition, type CollectionName } from './collections';
import { checkedLoader } from './integrations/content';
import { site } from './site.config';

/** A collection of `collections.ts`, read and checked by our loader (integrations/content.ts). */
function define<T extends CollectionDefinition>(name: CollectionName, definition: T) {
  return defineCollection({ loader: checkedLoader(name, site.contentDir), schema: definition.schema as T['schema'] });
}

export const collections = {
  organismes: define('organismes', definitions.organismes),
  territoires: define('territoires', definitions.territoires),
  categories: define('categories', definitions.categories),
  pages: define('pages', definitions.pages),
  indicateurs: define('indicateurs', definitions.indicateurs),
  bilans: define('bilans', definitions.bilans),
  portraits: define('portraits', definitions.portraits),
  prejuges: define('prejuges', definitions.prejuges),
  priorites: define('priorites', definitions.priorites),
  recits: define('recits', definitions.recits),
  themes: define('themes', definitions.themes),
  numeros: define('numeros', definitions.numeros),
};
