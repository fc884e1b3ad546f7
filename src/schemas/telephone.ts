import { toE164 } from '../lib/phone';
import { optionalText, z } from './common';
import { strictFields } from './strict';

export const PHONE_KINDS = ['principal', 'sans-frais', 'texto', 'telecopieur', 'autre'] as const;

/** A phone number as a partner writes it (`418 542-7536`), stored in E.164. */
export const telephoneSchema = strictFields({
  numero: z
    .union([z.string(), z.number()], { error: 'numéro de téléphone attendu, p. ex. 418 542-1234' })
    .transform((value, context) => {
      const e164 = toE164(String(value));
      if (!e164) {
        context.addIssue({
          code: 'custom',
          message: `numéro de téléphone nord-américain à 10 chiffres attendu, p. ex. 418 542-1234 (reçu : « ${String(value)} »)`,
        });
        return z.NEVER;
      }
      return e164;
    }),
  /** Extension, digits only. */
  poste: z.preprocess(
    (value) => (typeof value === 'number' ? String(value) : value === '' || value === null ? undefined : value),
    z.string().regex(/^\d{1,6}$/, { error: 'poste attendu en chiffres seulement, p. ex. 112' }).optional(),
  ),
  type: z.enum(PHONE_KINDS, { error: `type de téléphone attendu parmi : ${PHONE_KINDS.join(', ')}` }).default('principal'),
  /** What the number is for, e.g. « Accueil Café ». */
  description: optionalText,
});

export type Telephone = z.output<typeof telephoneSchema>;
