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
  /** The day public sources were last consulted for this profile (not a confirmation by the organisation). */
  verifie_le: dateSchema,
  /** The day the organisation itself confirmed its profile; none has yet. */
  confirme_le: z.preprocess((value) => (value === null || value === '' ? undefined : value), dateSchema.optional()),
  sources: sourcesSchema,
}).superRefine((organisme, context) => {
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
