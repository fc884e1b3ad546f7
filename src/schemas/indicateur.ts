import { idSchema, requiredText, z } from './common';

/**
 * What an indicator aims at. A number is a yearly threshold (e.g. 2 common projects); `maintenir` and
 * `augmenter` compare a year with the previous one; `documenter` asks only that the figure be recorded
 * (the seed says « répertorier et documenter » without a direction). `lib/bilan.ts` turns it into a status.
 */
export const CIBLES_QUALITATIVES = ['maintenir', 'augmenter', 'documenter'] as const;

export const cibleSchema = z.union([z.number().int().positive(), z.enum(CIBLES_QUALITATIVES)], {
  error: `cible attendue : un nombre entier plus grand que 0 ou l'un de ${CIBLES_QUALITATIVES.map((cible) => `« ${cible} »`).join(', ')}`,
});

/** A result indicator of the common project (`content/bilans/indicateurs.yaml`). */
export const indicateurSchema = z.object({
  id: idSchema,
  /** Position in pages and data files (Astro hands entries over sorted by id, not in file order). */
  ordre: z.number({ error: 'position attendue : un nombre entier (1, 2, 3…)' }).int({ error: 'position attendue : un nombre entier (1, 2, 3…)' }),
  titre: requiredText,
  /** What is counted, in plain words, for a reader who never saw the project document. */
  description: requiredText,
  /** What one unit is, in the plural: `rencontres`, `projets communs`. */
  unite: requiredText,
  cible: cibleSchema,
  /** The project objective it serves, quoted or paraphrased from the seed document. */
  objectif: requiredText,
  /** The women/men/other breakdown (ADS, analyse différenciée selon les sexes) applies to this count. */
  ads: z.boolean({ error: 'oui ou non attendu (true ou false)' }).default(false),
});

export type Cible = z.output<typeof cibleSchema>;
export type Indicateur = z.output<typeof indicateurSchema>;
