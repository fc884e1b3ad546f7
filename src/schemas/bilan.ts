import { dateSchema, optionalText, requiredText, statedBoolean, z } from './common';

const count = (what: string) =>
  z.number({ error: `${what} attendu : un nombre entier positif ou zéro` }).int({ error: `${what} attendu : un nombre entier, sans décimales` }).nonnegative({ error: `${what} attendu : un nombre positif ou zéro, jamais négatif` });

/** Empty, `null` or `~` means « not measured »: the site shows « donnée manquante », never zero. */
const missingToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/**
 * Women/men/other breakdown of a count (ADS). Given, the three parts add up to the value. `autres` left
 * empty is not stated: the site shows it « à confirmer », never 0 (a zero nobody counted).
 */
export const repartitionSchema = z.object({
  femmes: count('nombre de femmes'),
  hommes: count("nombre d'hommes"),
  autres: z.preprocess(missingToUndefined, count('nombre de personnes d’un autre genre ou non précisé').optional()),
});

/** A breakdown whose parts are all left empty (as the new-year template writes it) is no breakdown. */
function emptyBreakdownToUndefined(value: unknown): unknown {
  const empty = missingToUndefined(value) === undefined;
  if (empty || typeof value !== 'object' || Array.isArray(value)) return empty ? undefined : value;
  return Object.values(value as object).every((part) => missingToUndefined(part) === undefined) ? undefined : value;
}

export const valeurSchema = z.object({
  valeur: z.preprocess(missingToUndefined, count('nombre').optional()),
  repartition: z.preprocess(emptyBreakdownToUndefined, repartitionSchema.optional()),
  note: optionalText,
});

/** A documented item of the year: a new alliance, a common project, an initiative. */
export const elementSchema = z.object({
  titre: requiredText,
  description: optionalText,
  /** Partners involved, as written (names or ids of `content/organismes/`). */
  partenaires: z.preprocess(missingToUndefined, z.array(requiredText).default([])),
});

const elements = z.preprocess(missingToUndefined, z.array(elementSchema).default([]));

/** One year of the bilan (`content/bilans/2013-2014.yaml`); the year is the file name. */
export const bilanSchema = z.object({
  /**
   * Sample data, not measured: every page and data file built from it says « données d'exemple ». Always
   * written: whether figures are real is a fact of the file, never a default.
   */
  exemple: statedBoolean('exemple', 'si ces chiffres sont des données d’exemple (le site le dira)', 'si ce sont les vrais chiffres de l’année'),
  /** Values by indicator id (`content/bilans/indicateurs.yaml`). A missing indicator is a missing value. */
  valeurs: z.preprocess(
    missingToUndefined,
    z.record(z.string(), z.preprocess(missingToUndefined, valeurSchema.default({}))).default({}),
  ),
  alliances: elements,
  projets_communs: elements,
  initiatives: elements,
  notes: optionalText,
});

/** A baseline figure of the 2011 portrait. */
export const chiffrePortraitSchema = z.object({
  libelle: requiredText,
  valeur: z.number({ error: 'nombre attendu, p. ex. 44.8' }),
  unite: requiredText,
  /** Whose share it is, when it is a share of another figure (« desquels »). */
  parmi: optionalText,
});

/** The 2011 portrait figures quoted by the project document (`content/bilans/portrait-2011.yaml`). */
export const portraitSchema = z.object({
  titre: requiredText,
  annee: z.number().int(),
  description: requiredText,
  /** The document the figures are quoted from, and where the portrait gives them. */
  source: z.object({ document: requiredText, pages: requiredText }),
  /** When the figures were last checked against the document, AAAA-MM-JJ. */
  verifie_le: dateSchema,
  chiffres: z.array(chiffrePortraitSchema).min(1),
});

export type Repartition = z.output<typeof repartitionSchema>;
export type Valeur = z.output<typeof valeurSchema>;
export type Element = z.output<typeof elementSchema>;
export type Bilan = z.output<typeof bilanSchema>;
export type Portrait = z.output<typeof portraitSchema>;
