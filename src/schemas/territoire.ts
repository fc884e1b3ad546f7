import { dateSchema, httpUrlSchema, idSchema, optionalText, requiredText, z } from './common';
import { coordonneesSchema } from './lieu';
import { sourcesSchema } from './source';

/** Municipalities served: a list of territory ids, or `tout` for the whole territory. */
export const territoiresServisSchema = z.union(
  [z.literal('tout'), z.array(idSchema).min(1, { error: 'au moins une municipalité attendue, ou « tout »' })],
  { error: `« tout » ou une liste d'identifiants de municipalités attendu (p. ex. [jonquiere, larouche])` },
);

export type TerritoiresServis = z.output<typeof territoiresServisSchema>;

/** One of the municipalities of the territory (`content/territoires/<id>.yaml`). */
export const territoireSchema = z.object({
  nom: requiredText,
  /** Order on lists; the arrondissement first. */
  ordre: z.number().int().default(100),
  type: requiredText,
  description: optionalText,
  inclut: optionalText,
  mrc: requiredText,
  code_geographique: optionalText,
  population: z
    .object({
      valeur: z.number().int().positive(),
      annee: z.number().int().min(1900).max(2100),
      source: httpUrlSchema,
      note: optionalText,
    })
    .optional(),
  /** What is known about the population when no sourced figure exists. */
  note_population: optionalText,
  superficie_km2: z.number().positive().optional(),
  centre: coordonneesSchema,
  prefixes_postaux: z.array(z.string().regex(/^[A-Z]\d[A-Z]$/, { error: 'préfixe postal attendu, p. ex. G7X' })).default([]),
  faits: z.array(z.object({ texte: requiredText, source: httpUrlSchema })).default([]),
  sources: sourcesSchema,
  verifie_le: dateSchema,
});

export type Territoire = z.output<typeof territoireSchema>;

