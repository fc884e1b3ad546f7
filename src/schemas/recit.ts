import { dateSchema, idSchema, requiredText, statedBoolean, z } from './common';

const idList = z.array(idSchema).default([]);

/**
 * A story (`content/recits/<id>.mdx`), written by the coordinator. MDX runs code at build time, which is
 * why partners never write stories. Consent is checked across fields in `lib/reference-checks.ts`.
 */
export const recitSchema = z.object({
  titre: requiredText,
  /** Publication date; stories are listed newest first. */
  date: dateSchema,
  /** One or two sentences, shown in lists, in the RSS feed and as the meta description. */
  resume: requiredText.max(200, { error: 'résumé trop long : 200 caractères au plus' }),
  /** Themes of `content/themes.yaml`: the story appears on each theme's page. */
  themes: z.array(idSchema).min(1, { error: 'au moins un thème attendu (voir content/themes.yaml)' }),
  /** Myths (`content/prejuges/`) the story answers. */
  prejuges: idList,
  /** Priorities of the local action plan (`content/priorites/`) it serves. */
  priorites: idList,
  /** Need categories: the page lists the directory's services of these categories. */
  categories: idList,
  /**
   * A person tells their own story, in their own words. Always written: it decides whether written consent
   * is required, so leaving it out must not quietly skip that check.
   */
  premiere_personne: statedBoolean('premiere_personne', 'si une personne raconte sa propre histoire, dans ses mots', 'si la coordination raconte'),
  /**
   * The person agreed, in writing, that their story be published; required (true) for a first-person
   * story. Not written means not stated: no default says that anyone consented, or refused.
   */
  consentement: z.boolean({ error: 'true ou false attendu : « consentement: true » seulement quand la personne a accepté par écrit' }).optional(),
  /** Not a real story: the page says so plainly. Always written, as for a year of the bilan. */
  exemple: statedBoolean('exemple', 'si ce n’est pas un vrai récit (la page le dira)', 'si c’est un vrai récit'),
});

export type Recit = z.output<typeof recitSchema>;
