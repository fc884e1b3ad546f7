import { site } from '../site.config';
import { idSchema, optionalText, requiredText, z } from './common';
import { strictFields } from './strict';

/** Canadian postal code, normalised to `G7X 7W2`. */
export const postalCodeSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim().toUpperCase()) : value),
  z
    .string()
    .regex(/^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, { error: 'code postal canadien attendu, p. ex. G7X 7W2' })
    .transform((value) => `${value.slice(0, 3)} ${value.slice(-3)}`)
    .optional(),
);

/** A Québec civic address. Every part but the town may be unknown. */
export const adresseSchema = strictFields({
  /** Civic number, e.g. `2505` or `2505-A`. */
  numero: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), optionalText),
  /** Street with its generic, e.g. `rue Saint-Hubert`. */
  rue: optionalText,
  /** Suite, office or floor, e.g. `bureau 200`. */
  unite: optionalText,
  ville: requiredText,
  /** Sector within the town, e.g. `Kénogami`, shown in parentheses. */
  secteur: optionalText,
  province: z.string().default('Québec'),
  code_postal: postalCodeSchema,
});

const { bounds } = site.territory;

export const coordonneesSchema = z
  .object({
    lat: z.number({ error: 'latitude attendue (nombre décimal, p. ex. 48.4167)' }),
    lng: z.number({ error: 'longitude attendue (nombre décimal négatif, p. ex. -71.2458)' }),
  })
  .refine(
    ({ lat, lng }) => lat >= bounds.south && lat <= bounds.north && lng >= bounds.west && lng <= bounds.east,
    {
      error: `coordonnées hors du territoire : attendu une latitude entre ${bounds.south} et ${bounds.north} et une longitude entre ${bounds.west} et ${bounds.east}`,
    },
  );

/** A place where a service is offered. */
export const lieuSchema = strictFields({
  id: idSchema,
  nom: optionalText,
  adresse: adresseSchema,
  coordonnees: coordonneesSchema.optional(),
  /** Physical accessibility of the place, in plain words. */
  accessibilite: optionalText,
  note: optionalText,
});

export type Adresse = z.output<typeof adresseSchema>;
export type Coordonnees = z.output<typeof coordonneesSchema>;
export type Lieu = z.output<typeof lieuSchema>;
