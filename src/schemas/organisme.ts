import { dateSchema, optionalEmail, optionalHttpUrl, optionalText, requiredText, z } from './common';
import { strictFields } from './strict';
import { lieuSchema } from './lieu';
import { serviceSchema } from './service';
import { sourcesSchema } from './source';
import { telephoneSchema } from './telephone';
import { territoiresServisSchema } from './territoire';

export const STATUTS = ['actif', 'ferme-temporairement', 'ferme'] as const;
export type Statut = (typeof STATUTS)[number];

/** Sector of the organisation: decides how it is described in structured data and exports. */
export const SECTEURS = ['communautaire', 'economie-sociale', 'public', 'education', 'syndical', 'concertation'] as const;
export type Secteur = (typeof SECTEURS)[number];

/**
 * A partner organisation (`content/organismes/<id>.md`), aligned on the HSDS `organization` object.
 * The Markdown body is its description. The file name is its id.
 */
export const organismeSchema = strictFields({
  /** The name as the Table lists it. */
  nom: requiredText,
  /** The legal or current name, when it differs. */
  nom_officiel: optionalText,
  sigle: optionalText,
  /** One or two sentences shown in lists and search results. */
  resume: z.preprocess(
    (value) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value),
    z.string().trim().max(320, { error: 'résumé trop long : 320 caractères au plus' }).optional(),
  ),
  statut: z.enum(STATUTS, { error: `statut attendu parmi : ${STATUTS.join(', ')}` }).default('actif'),
  /** Shown to readers next to the status, e.g. a merger or a closure. */
  note_statut: optionalText,
  secteur: z.enum(SECTEURS, { error: `secteur attendu parmi : ${SECTEURS.join(', ')}` }),
  membre_tlpj: z.boolean().default(true),
  territoires: territoiresServisSchema,
  lieux: z.array(lieuSchema).default([]),
  telephones: z.array(telephoneSchema).default([]),
  courriel: optionalEmail,
  site_web: optionalHttpUrl,
  services: z.array(serviceSchema).default([]),
  /** What is still to be confirmed with the organisation, shown to readers. */
  a_confirmer: z.array(requiredText).default([]),
  /** The day the facts were last checked against their sources. */
  verifie_le: dateSchema,
  sources: sourcesSchema,
});

export type Organisme = z.output<typeof organismeSchema>;
