import { dateSchema, httpUrlSchema, idSchema, optionalText, requiredText, z } from './common';
import { coordonneesSchema } from './lieu';
import { provenanceFields, requireProvenance, unlessInvalid } from './provenance';
import { sourcesSchema } from './source';

/** The ids of the municipalities served, or `tout` for the whole territory of the Table. */
const municipalitesSchema = z.union(
  [z.literal('tout'), z.array(idSchema).min(1, { error: 'au moins une municipalité attendue, ou « tout »' })],
  { error: `« tout » ou une liste d'identifiants de municipalités attendu (p. ex. [jonquiere, larouche])` },
);

/**
 * The municipalities an organisation or a service serves, as a source states them. Unknown is a value:
 * no `territoires` at all means « à confirmer », and a stated area must say where it comes from, e.g.
 * `territoires: { municipalites: [jonquiere], source: https://… }`. The short form of earlier files
 * (`territoires: [jonquiere]` or `tout`) is read as an area without provenance, hence refused with the fix.
 */
export const territoiresServisSchema = z.preprocess(
  (value) => {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
    return typeof value === 'string' || Array.isArray(value) ? { municipalites: value } : value;
  },
  z
    .object({ municipalites: municipalitesSchema, ...provenanceFields })
    .superRefine(
      requireProvenance(
        'municipalités desservies',
        'retirez « territoires » : la fiche affichera « territoire desservi à confirmer »',
      ),
      unlessInvalid('source', 'declare_le'),
    )
    .optional(),
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

