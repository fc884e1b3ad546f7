import { dateSchema, idSchema, requiredText, z } from './common';
import { sourceSchema } from './source';

const PERIOD_PATTERN = /^(\d{4})-(\d{4})$/;

/**
 * The year a figure describes: `2023`, or a fiscal or school year written `2013-2014`.
 * Readers see it as « en 2023 », so a figure is never shown without its date.
 */
const ANNEE_ERROR = 'année attendue, p. ex. 2023, ou une période, p. ex. « 2013-2014 »';

export const anneeSchema = z.union(
  [
    z.int({ error: ANNEE_ERROR }).min(1900, { error: ANNEE_ERROR }).max(2100, { error: ANNEE_ERROR }),
    z.string({ error: ANNEE_ERROR }).regex(PERIOD_PATTERN, { error: ANNEE_ERROR }),
  ],
  { error: ANNEE_ERROR },
);

export type Annee = z.output<typeof anneeSchema>;

/** The last calendar year a figure covers: `2013-2014` → 2014. */
export function lastYearOf(annee: Annee): number {
  if (typeof annee === 'number') return annee;
  return Number(PERIOD_PATTERN.exec(annee)?.[2]);
}

/** One figure quoted in a fact, with the year it describes and, when known, where it comes from. */
export const chiffreSchema = z.object({
  texte: requiredText,
  /** Left out only when the sources do not give it: the page then says « année à confirmer ». */
  annee: anneeSchema.optional(),
  source: sourceSchema.optional(),
});

export type Chiffre = z.output<typeof chiffreSchema>;

/**
 * A myth about people living in poverty and the facts that answer it (`content/prejuges/<id>.md`).
 * The Markdown body is the longer explanation.
 */
export const prejugeSchema = z.object({
  /** The myth as people say it, quoted. */
  mythe: requiredText,
  /** One plain-language sentence that answers it; also the page's meta description. */
  reponse_courte: requiredText.max(200, { error: 'réponse courte trop longue : 200 caractères au plus' }),
  /** Order on the list of myths. */
  ordre: z.int({ error: 'nombre entier attendu, p. ex. 1' }).positive(),
  chiffres: z.array(chiffreSchema).default([]),
  sources: z
    .array(sourceSchema)
    .min(1, { error: 'au moins une source attendue : un fait publié doit dire d’où il vient' }),
  /** Need categories (`content/categories.yaml`): the page lists the directory's services of these categories. */
  categories: z.array(idSchema).default([]),
  /** Priorities of the local action plan (`content/priorites/`) this answer serves. */
  priorites: z.array(idSchema).default([]),
  /** The day the facts were last checked against their sources. */
  verifie_le: dateSchema,
});

export type Prejuge = z.output<typeof prejugeSchema>;
