import { z } from 'astro/zod';

// Every validation message reaches partners and the coordinator: zod's own messages in Québec French.
z.config(z.locales.frCA());

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable, accent-free identifier used in URLs and exports, e.g. `lac-kenogami`. */
export const idSchema = z
  .string({ error: 'identifiant attendu (texte)' })
  .regex(ID_PATTERN, {
    error: "identifiant attendu en minuscules sans accents, avec chiffres et traits d'union seulement (p. ex. « lac-kenogami »)",
  });

export function isIdentifier(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** Partners often leave a field as "" or null: both mean "not known", never a value. */
function emptyToUndefined(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/** A text that may be left empty; empty means unknown. */
export const optionalText = z.preprocess(emptyToUndefined, z.string().trim().optional());

/** A required, non-empty text. */
export const requiredText = z.string({ error: 'texte attendu' }).trim().min(1, { error: 'texte attendu, ce champ ne peut pas être vide' });

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A web address; only http(s) is accepted so that no `javascript:` or `data:` link reaches a page. */
export const httpUrlSchema = z
  .string({ error: 'adresse Web attendue (texte)' })
  .trim()
  .refine(isHttpUrl, { error: 'adresse Web attendue, commençant par http:// ou https://' });

export const optionalHttpUrl = z.preprocess(emptyToUndefined, httpUrlSchema.optional());

export const optionalEmail = z.preprocess(
  emptyToUndefined,
  z.email({ error: 'adresse courriel attendue, p. ex. info@organisme.org' }).optional(),
);

/** A calendar date, written AAAA-MM-JJ. YAML parsers give either a string or a Date: both are accepted. */
export const dateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'date attendue au format AAAA-MM-JJ, p. ex. 2026-11-29' }).transform((value) => new Date(`${value}T12:00:00Z`)),
);

/**
 * A yes/no fact that must be written in the file: no default may answer it for the author. Missing, the
 * message says which line to write, e.g. « écrivez « exemple: true » (…) ou « exemple: false » (…) ».
 */
export function statedBoolean(field: string, whenTrue: string, whenFalse: string) {
  return z.boolean({
    error: (issue) =>
      issue.input === undefined
        ? `à indiquer : écrivez « ${field}: true » ${whenTrue}, ou « ${field}: false » ${whenFalse}`
        : `true ou false attendu : « ${field}: true » ${whenTrue}, « ${field}: false » ${whenFalse}`,
  });
}

export { z };
