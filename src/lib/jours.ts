/**
 * Days of the week, in French and in order. Shared by the opening-hours schema and the formats; kept in a
 * module without zod so that browser code using the formats (search, map) does not download the schema
 * library.
 */
export const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
export type Jour = (typeof JOURS)[number];
