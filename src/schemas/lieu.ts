import { site } from '../site.config';
import { idSchema, optionalText, requiredText, z } from './common';
import { provenanceFields, requireProvenance, unlessInvalid } from './provenance';
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
  /**
   * The one default of an address that states something, kept on purpose: the directory lists the places of
   * the Table's territory, which lies wholly in Québec, and sources give no other province.
   */
  province: z.string().default('Québec'),
  code_postal: postalCodeSchema,
});

const { bounds } = site.territory;

const latLng = {
  lat: z.number({ error: 'latitude attendue (nombre décimal, p. ex. 48.4167)' }),
  lng: z.number({ error: 'longitude attendue (nombre décimal négatif, p. ex. -71.2458)' }),
};

const insideTerritory = [
  ({ lat, lng }: { lat: number; lng: number }) => lat >= bounds.south && lat <= bounds.north && lng >= bounds.west && lng <= bounds.east,
  {
    error: `coordonnées hors du territoire : attendu une latitude entre ${bounds.south} et ${bounds.north} et une longitude entre ${bounds.west} et ${bounds.east}`,
  },
] as const;

/** A point of the territory, e.g. the centre of a municipality (whose file gives its sources). */
export const coordonneesSchema = z.object(latLng).refine(...insideTerritory);

/**
 * Where a place stands on the map, with where that comes from, as for a service area: a page that shows
 * it (`source: https://www.openstreetmap.org/…`) or the organisation (`declare_le: AAAA-MM-JJ`, as the
 * partner form writes it when the partner places the point). Without coordinates the place is listed with
 * no marker, never put at a guessed point.
 */
export const coordonneesLieuSchema = z
  .object({ ...latLng, ...provenanceFields })
  .refine(...insideTerritory)
  .superRefine(
    requireProvenance(
      'coordonnées',
      'retirez « coordonnees » : le lieu sera listé sans marqueur sur la carte',
    ),
    unlessInvalid('source', 'declare_le'),
  );

/** A place where a service is offered. */
export const lieuSchema = strictFields({
  id: idSchema,
  nom: optionalText,
  adresse: adresseSchema,
  coordonnees: coordonneesLieuSchema.optional(),
  /** Physical accessibility of the place, in plain words. */
  accessibilite: optionalText,
  note: optionalText,
});

export type Adresse = z.output<typeof adresseSchema>;
export type Coordonnees = z.output<typeof coordonneesSchema>;
export type Lieu = z.output<typeof lieuSchema>;
