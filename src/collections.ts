/**
 * What lives under `content/`: one entry per collection, with its folder, its file format and its schema.
 * `content.config.ts` turns this list into Astro collections and `lib/content-check` validates the same
 * files with the same schemas, so the build and `npm run verifier` can never disagree.
 */
import type { z } from 'astro/zod';
import { bilanSchema, portraitSchema } from './schemas/bilan';
import { categorieSchema } from './schemas/categorie';
import { indicateurSchema } from './schemas/indicateur';
import { numeroUtileSchema } from './schemas/numero';
import { organismeSchema } from './schemas/organisme';
import { pageSchema } from './schemas/page';
import { prejugeSchema } from './schemas/prejuge';
import { prioriteSchema } from './schemas/priorite';
import { recitSchema } from './schemas/recit';
import { territoireSchema } from './schemas/territoire';
import { themeSchema } from './schemas/theme';

export type CollectionFormat =
  /** One Markdown file per entry, data in the front matter, the id is the file name. */
  | 'markdown'
  /** Like `markdown`, in MDX: for the coordinator's own texts only, since MDX runs code at build time. */
  | 'mdx'
  /** One YAML file per entry, the id is the file name. */
  | 'yaml'
  /** One YAML file holding a list of entries, each with its own `id`. */
  | 'yaml-list';

export interface CollectionDefinition {
  /** Folder (or file, for `yaml-list`) relative to the content folder. */
  path: string;
  format: CollectionFormat;
  schema: z.ZodType;
  /**
   * For folder collections, which file names belong to it, when several collections share a folder
   * (`bilans/`): a glob Astro understands, limited to `[0-9]`, `*` and `{a,b}` so that the content check
   * can read it too. Defaults to every file of the format.
   */
  pattern?: string;
  /** An example of a file name `pattern` accepts, for the message about a file no collection reads. */
  patternExample?: string;
  /** The file or folder may be absent (a site without a yearly bilan): absence is not an error. */
  optional?: boolean;
}

export const collectionDefinitions = {
  organismes: { path: 'organismes', format: 'markdown', schema: organismeSchema },
  territoires: { path: 'territoires', format: 'yaml', schema: territoireSchema },
  categories: { path: 'categories.yaml', format: 'yaml-list', schema: categorieSchema },
  pages: { path: 'pages', format: 'markdown', schema: pageSchema },
  indicateurs: { path: 'bilans/indicateurs.yaml', format: 'yaml-list', schema: indicateurSchema, optional: true },
  bilans: {
    path: 'bilans',
    format: 'yaml',
    schema: bilanSchema,
    pattern: '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9].{yaml,yml}',
    patternExample: '2015-2016.yaml',
    optional: true,
  },
  portraits: {
    path: 'bilans',
    format: 'yaml',
    schema: portraitSchema,
    pattern: 'portrait-*.{yaml,yml}',
    patternExample: 'portrait-2011.yaml',
    optional: true,
  },
  prejuges: { path: 'prejuges', format: 'markdown', schema: prejugeSchema },
  priorites: { path: 'priorites', format: 'markdown', schema: prioriteSchema },
  recits: { path: 'recits', format: 'mdx', schema: recitSchema },
  themes: { path: 'themes.yaml', format: 'yaml-list', schema: themeSchema, optional: true },
  numeros: { path: 'numeros-utiles.yaml', format: 'yaml-list', schema: numeroUtileSchema, optional: true },
} satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collectionDefinitions;
