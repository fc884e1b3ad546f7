/**
 * What lives under `content/`: one entry per collection, with its folder, its file format and its schema.
 * `content.config.ts` turns this list into Astro collections and `lib/content-check` validates the same
 * files with the same schemas, so the build and `npm run verifier` can never disagree.
 */
import type { z } from 'astro/zod';
import { categorieSchema } from './schemas/categorie';
import { organismeSchema } from './schemas/organisme';
import { pageSchema } from './schemas/page';
import { territoireSchema } from './schemas/territoire';

export type CollectionFormat =
  /** One Markdown file per entry, data in the front matter, the id is the file name. */
  | 'markdown'
  /** One YAML file per entry, the id is the file name. */
  | 'yaml'
  /** One YAML file holding a list of entries, each with its own `id`. */
  | 'yaml-list';

export interface CollectionDefinition {
  /** Folder (or file, for `yaml-list`) relative to the content folder. */
  path: string;
  format: CollectionFormat;
  schema: z.ZodType;
}

export const collectionDefinitions = {
  organismes: { path: 'organismes', format: 'markdown', schema: organismeSchema },
  territoires: { path: 'territoires', format: 'yaml', schema: territoireSchema },
  categories: { path: 'categories.yaml', format: 'yaml-list', schema: categorieSchema },
  pages: { path: 'pages', format: 'markdown', schema: pageSchema },
} satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collectionDefinitions;
