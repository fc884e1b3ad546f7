import { JOURS } from '../lib/jours';
import { z } from './common';
import { strictFields } from './strict';

export { JOURS, type Jour } from '../lib/jours';

const heure = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().replace(/\s*h\s*/i, ':').replace(/:$/, ':00') : value),
  z.string({ error: 'heure attendue, p. ex. 9:00 ou 13:30' }).regex(/^([01]?\d|2[0-3]):[0-5]\d$/, {
    error: 'heure attendue au format 24 h, p. ex. 9:00 ou 13:30',
  }),
).transform((value) => value.padStart(5, '0'));

/** One opening period repeated every week, e.g. Monday to Friday 9:00-16:00. */
export const plageHoraireSchema = strictFields({
  jours: z.array(z.enum(JOURS, { error: `jour attendu parmi : ${JOURS.join(', ')}` })).min(1, { error: 'au moins un jour attendu' }),
  ouverture: heure,
  fermeture: heure,
}).refine(({ ouverture, fermeture }) => ouverture < fermeture, {
    error: "l'heure de fermeture doit suivre l'heure d'ouverture",
    path: ['fermeture'],
  });

export type PlageHoraire = z.output<typeof plageHoraireSchema>;
