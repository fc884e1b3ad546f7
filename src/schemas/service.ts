import { idSchema, optionalText, requiredText, z } from './common';
import { strictFields } from './strict';
import { plageHoraireSchema } from './horaire';
import { telephoneSchema } from './telephone';
import { territoiresServisSchema } from './territoire';

export const ACCESS_MODES = ['appel', 'sans-rendez-vous', 'rendez-vous', 'reference', 'en-ligne'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

/** A service an organisation offers, aligned on the HSDS `service` object. */
export const serviceSchema = strictFields({
  /** Unique across the whole directory: it names the service in URLs and in the open-data export. */
  id: idSchema,
  nom: requiredText,
  description: optionalText,
  /** Need categories, ids from `content/categories.yaml`. */
  categories: z.array(idSchema).min(1, { error: 'au moins une catégorie de besoin attendue (voir content/categories.yaml)' }),
  /** Who may use it, in plain words (age, situation, place of residence…). */
  admissibilite: optionalText,
  cout: z
    .object({
      gratuit: z.boolean({ error: 'oui (true) ou non (false) attendu' }),
      details: optionalText,
    })
    .optional(),
  /** How to get it. */
  acces: z.array(z.enum(ACCESS_MODES, { error: `mode d'accès attendu parmi : ${ACCESS_MODES.join(', ')}` })).default([]),
  /** Languages, ISO 639-1 codes (`fr`, `en`…), when a source states them; none means « à confirmer ». */
  langues: z.array(z.string().regex(/^[a-z]{2,3}$/, { error: 'code de langue attendu, p. ex. fr ou en' })).default([]),
  horaires: z.array(plageHoraireSchema).default([]),
  note_horaires: optionalText,
  /** Ids of the organisation's `lieux` where it is offered. */
  lieux: z.array(idSchema).default([]),
  /** When a source states the service's own area (else it is the organisation's, known or not). */
  territoires: territoiresServisSchema,
  telephones: z.array(telephoneSchema).default([]),
});

export type Service = z.output<typeof serviceSchema>;
