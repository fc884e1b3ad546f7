import { dateSchema, optionalEmail, optionalHttpUrl, optionalText, requiredText, z } from './common';
import { strictFields } from './strict';
import { lieuSchema } from './lieu';
import { provenanceFields, requireProvenance, unlessInvalid } from './provenance';
import { serviceSchema } from './service';
import { sourcesSchema } from './source';
import { telephoneSchema } from './telephone';
import { territoiresServisSchema } from './territoire';

export const STATUTS = ['actif', 'ferme-temporairement', 'ferme'] as const;
export type Statut = (typeof STATUTS)[number];

/** Sector of the organisation: decides how it is described in structured data and exports. */
export const SECTEURS = ['communautaire', 'economie-sociale', 'public', 'education', 'syndical', 'concertation'] as const;
export type Secteur = (typeof SECTEURS)[number];

const emptyToUndefinedDate = z.preprocess((value) => (value === null || value === '' ? undefined : value), dateSchema.optional());

/** The latest day a profile's facts were looked at: public sources consulted, or the organisation's confirmation. */
export function lastChecked(organisme: Pick<Organisme, 'sources_consultees_le' | 'confirme_le'>): Date {
  const dates = [organisme.sources_consultees_le, organisme.confirme_le].filter((date): date is Date => date !== undefined);
  // The schema requires one of the two.
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}

/** A year, e.g. 2015. */
const yearSchema = z.number({ error: 'année attendue, p. ex. 2024' }).int().min(1900).max(2100);

/**
 * Membership of the Table, with its period and where it comes from, e.g. the members listed in the common
 * project: `{ periode: 2013-2015, source: projet-commun-2013-2015 }`. No field means « not stated ».
 */
const membreSchema = z.preprocess(
  (value) => (value === null || value === false || value === '' ? undefined : value === true ? {} : value),
  z
    .object({
      periode: z.preprocess(
        (value) => (typeof value === 'number' ? String(value) : value),
        z
          .string({ error: 'période de l’adhésion attendue, p. ex. « 2013-2015 » (membre_tlpj: { periode: 2013-2015, source: projet-commun-2013-2015 })' })
          .trim()
          .min(1, { error: 'période de l’adhésion attendue, p. ex. « 2013-2015 »' }),
      ),
      ...provenanceFields,
    })
    .superRefine(requireProvenance('adhésion à la Table', 'retirez « membre_tlpj »'), unlessInvalid('source', 'declare_le'))
    .optional(),
);

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
  /** Whether it operates, as its sources show it in `statut_annee`. No field: « à confirmer ». */
  statut: z.preprocess(
    (value) => (value === null || value === '' ? undefined : value),
    z.enum(STATUTS, { error: `statut attendu parmi : ${STATUTS.join(', ')}` }).optional(),
  ),
  /** The year the sources show that status (e.g. the year of a closure, or of the latest report of activity). */
  statut_annee: yearSchema.optional(),
  /** Shown to readers next to the status, e.g. a merger or a closure. */
  note_statut: optionalText,
  secteur: z.enum(SECTEURS, { error: `secteur attendu parmi : ${SECTEURS.join(', ')}` }),
  membre_tlpj: membreSchema,
  territoires: territoiresServisSchema,
  lieux: z.array(lieuSchema).default([]),
  telephones: z.array(telephoneSchema).default([]),
  courriel: optionalEmail,
  site_web: optionalHttpUrl,
  services: z.array(serviceSchema).default([]),
  /** What is still to be confirmed with the organisation, shown to readers. */
  a_confirmer: z.array(requiredText).default([]),
  /**
   * The day public sources were last consulted for this profile: not a confirmation by the organisation.
   * A profile the organisation sent itself (the partner form) may have none.
   */
  sources_consultees_le: emptyToUndefinedDate,
  /** The day the organisation itself confirmed its profile (the partner form writes it). */
  confirme_le: emptyToUndefinedDate,
  sources: sourcesSchema,
}, { verifie_le: 'sources_consultees_le' }).superRefine((organisme, context) => {
  // Every profile says where its facts were last looked at: in public sources, or by the organisation.
  if (organisme.sources_consultees_le === undefined && organisme.confirme_le === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['sources_consultees_le'],
      message:
        "date attendue : « sources_consultees_le: AAAA-MM-JJ » (le jour où les sources publiques ont été consultées) ou « confirme_le: AAAA-MM-JJ » (le jour où l'organisme a confirmé sa fiche)",
    });
  }
}, unlessInvalid('sources_consultees_le', 'confirme_le')).superRefine((organisme, context) => {
  // A status is a dated fact: « actif » alone would read as « active today ».
  if (organisme.statut !== undefined && organisme.statut_annee === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['statut_annee'],
      message: `statut « ${organisme.statut} » sans année : ajoutez « statut_annee: AAAA », l'année où la source montre ce statut (p. ex. l'année d'une fermeture ou du dernier rapport d'activité) ; si aucune source ne le dit, retirez « statut » : la fiche affichera « à confirmer »`,
    });
  }
}, unlessInvalid('statut', 'statut_annee'));

export type Organisme = z.output<typeof organismeSchema>;
