import { toE164 } from '../lib/phone';
import { idSchema, requiredText, z } from './common';
import { sourceSchema } from './source';

/**
 * A general help number (`content/numeros-utiles.yaml`): what its sources say about it and nothing more,
 * since a reader acts on it (no « jour et nuit » that no source states).
 */
export const numeroUtileSchema = z.object({
  id: idSchema,
  /** Place in the box, smallest first. */
  ordre: z.number({ error: 'ordre attendu : un nombre, le plus petit en premier dans l’encadré' }).int(),
  /** A three-digit service code (911, 811, 211) or a North-American number (1 866 277-3553). */
  numero: z
    .union([z.string(), z.number()], { error: 'numéro attendu, p. ex. 811 ou 1 866 277-3553' })
    .transform((value) => String(value).trim())
    .refine((value) => /^\d{3}$/.test(value) || toE164(value) !== null, {
      error: 'numéro attendu : un code à trois chiffres (p. ex. 811) ou un numéro nord-américain à 10 chiffres (p. ex. 1 866 277-3553)',
    }),
  nom: requiredText,
  /** What the sources say of the number, in their words, nothing more. */
  description: requiredText,
  sources: z.array(sourceSchema).min(1, { error: 'au moins une source attendue : la page qui dit ce que fait ce numéro' }),
});

export type NumeroUtile = z.output<typeof numeroUtileSchema>;
