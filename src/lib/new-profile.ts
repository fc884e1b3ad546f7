/**
 * A new partner profile from a few answers (`npm run nouveau`): each answer is checked the way the
 * content check will check it, so the file written always passes it. The prompts and the command-line
 * flags of scripts/nouveau.ts share these checks.
 */
import { isIdentifier, optionalEmail, optionalHttpUrl } from '../schemas/common';
import { SECTEURS, type Secteur } from '../schemas/organisme';
import { PROJET_COMMUN } from '../schemas/provenance';
import { isoDate } from './format';
import { formatPhone, toE164 } from './phone';
import { profileFileText, suggestId } from './profile-file';

export interface Choice {
  id: string;
  nom: string;
}

/** What can be picked from lists, read from the content folder. */
export interface ProfileChoices {
  territoires: Choice[];
  categories: Choice[];
  /** Ids of the profiles that exist: a new one may not take one of them. */
  existingIds: ReadonlySet<string>;
}

export interface NewProfileAnswers {
  nom: string;
  /** Defaults to the name without accents. */
  id?: string;
  secteur: string;
  /** Municipality ids, or `tout`; none while nobody has said (the profile then says « à confirmer »). */
  municipalites: string[] | 'tout';
  /**
   * Who says the organisation serves them: a web address, `projet-commun-2013-2015`, or `organisme` (the
   * organisation itself said so, on the day the profile is written). Required with `municipalites`.
   */
  sourceTerritoires?: string;
  /** Category ids of the first service; none means no service yet. */
  categories: string[];
  /** Name of the first service; defaults to the names of its categories. */
  service?: string;
  telephone?: string;
  courriel?: string;
  siteWeb?: string;
  resume?: string;
  /** Where the facts come from (a web address). */
  source?: string;
}

function present(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

/** Each returns a French problem, or undefined when the answer is fine. */
export const answerChecks = {
  nom(value: string | undefined): string | undefined {
    if (!value || value.trim() === '') return "nom de l'organisme attendu";
    if (suggestId(value) === '') return 'le nom doit contenir au moins une lettre ou un chiffre';
    return undefined;
  },
  id(value: string, existing: ReadonlySet<string>): string | undefined {
    if (!isIdentifier(value)) return `identifiant « ${value} » invalide : minuscules sans accents, chiffres et traits d'union`;
    if (existing.has(value)) return `une fiche « ${value}.md » existe déjà : modifiez-la plutôt, ou choisissez un autre identifiant (--id)`;
    return undefined;
  },
  secteur(value: string | undefined): string | undefined {
    return value && (SECTEURS as readonly string[]).includes(value) ? undefined : `secteur attendu parmi : ${SECTEURS.join(', ')}`;
  },
  telephone(value: string | undefined): string | undefined {
    if (!value || value.trim() === '') return undefined;
    return toE164(value) ? undefined : `numéro de téléphone à 10 chiffres attendu, p. ex. 418 542-1234 (reçu : « ${value} »)`;
  },
  courriel(value: string | undefined): string | undefined {
    const result = optionalEmail.safeParse(value);
    return result.success ? undefined : `adresse courriel attendue, p. ex. info@organisme.org (reçu : « ${value} »)`;
  },
  url(value: string | undefined): string | undefined {
    const result = optionalHttpUrl.safeParse(value);
    return result.success ? undefined : `adresse Web attendue, commençant par https:// (reçu : « ${value} »)`;
  },
  resume(value: string | undefined): string | undefined {
    return value && value.trim().length > 320 ? 'résumé trop long : 320 caractères au plus' : undefined;
  },
  /** A stated area needs its provenance; a provenance without an area is a mistake too. */
  sourceTerritoires(municipalites: string[] | 'tout', source: string | undefined): string | undefined {
    const stated = municipalites === 'tout' || municipalites.length > 0;
    const given = present(source);
    if (!stated) return given ? 'provenance donnée sans municipalités : ajoutez --municipalites, ou retirez --source-territoires' : undefined;
    if (!given) {
      return `municipalités desservies sans provenance : ajoutez --source-territoires avec l'adresse Web qui le dit, « ${PROJET_COMMUN} » (le projet commun de la Table) ou « organisme » (l'organisme l'a déclaré) ; sans provenance, ne donnez pas --municipalites : la fiche dira « territoire desservi à confirmer »`;
    }
    if (given === 'organisme' || given === PROJET_COMMUN) return undefined;
    return answerChecks.url(given);
  },
  inList(values: string[], choices: Choice[], what: string): string | undefined {
    const known = new Set(choices.map((choice) => choice.id));
    const unknown = values.filter((value) => !known.has(value));
    return unknown.length === 0 ? undefined : `${what} inconnue(s) : ${unknown.join(', ')} ; choix possibles : ${[...known].join(', ')}`;
  },
};

/** Every problem of a set of answers, in French; empty when the profile can be written. */
export function checkAnswers(answers: NewProfileAnswers, choices: ProfileChoices): string[] {
  const id = answers.id ?? suggestId(answers.nom ?? '');
  const problems = [
    answerChecks.nom(answers.nom),
    answers.nom ? answerChecks.id(id, choices.existingIds) : undefined,
    answerChecks.secteur(answers.secteur),
    answers.municipalites === 'tout' ? undefined : answerChecks.inList(answers.municipalites, choices.territoires, 'municipalité'),
    answerChecks.sourceTerritoires(answers.municipalites, answers.sourceTerritoires),
    answerChecks.inList(answers.categories, choices.categories, 'catégorie'),
    answerChecks.telephone(answers.telephone),
    answerChecks.courriel(answers.courriel),
    answerChecks.url(answers.siteWeb),
    answerChecks.url(answers.source),
    answerChecks.resume(answers.resume),
  ];
  return problems.filter((problem): problem is string => problem !== undefined);
}


/** The id the profile will have. */
export function profileId(answers: NewProfileAnswers): string {
  return answers.id ?? suggestId(answers.nom);
}

/** The stated area with its provenance, or nothing: an area nobody stated is never written. */
function areaOf(answers: NewProfileAnswers, today: Date) {
  const source = present(answers.sourceTerritoires);
  if (!source || (answers.municipalites !== 'tout' && answers.municipalites.length === 0)) return {};
  const provenance = source === 'organisme' ? { declare_le: isoDate(today) } : { source };
  return { territoires: { municipalites: answers.municipalites, ...provenance } };
}

/**
 * The Markdown file of the profile. Fields nobody answered are left out, and no fact is filled in for
 * them (no status, no membership, no area, no language): the site says « à confirmer », and
 * modeles/organisme.md shows how to add them with their source.
 */
export function profileMarkdown(answers: NewProfileAnswers, choices: ProfileChoices, today: Date): string {
  const id = profileId(answers);
  const categoryNames = answers.categories.map((category) => choices.categories.find((choice) => choice.id === category)?.nom ?? category);
  const serviceName = present(answers.service) ?? categoryNames.join(' et ');
  const phone = present(answers.telephone);
  const data = {
    nom: answers.nom.trim(),
    ...(present(answers.resume) ? { resume: present(answers.resume) } : {}),
    secteur: answers.secteur as Secteur,
    ...areaOf(answers, today),
    ...(phone ? { telephones: [{ numero: formatPhone(toE164(phone)!) }] } : {}),
    ...(present(answers.courriel) ? { courriel: present(answers.courriel) } : {}),
    ...(present(answers.siteWeb) ? { site_web: present(answers.siteWeb) } : {}),
    services:
      answers.categories.length > 0 ? [{ id: `${id}-${suggestId(serviceName)}`.slice(0, 80).replace(/-+$/, ''), nom: serviceName, categories: answers.categories }] : [],
    verifie_le: isoDate(today),
    sources: present(answers.source) ? [present(answers.source)] : [],
  };
  return profileFileText(data, {
    comment:
      ` Fiche créée par « npm run nouveau » le ${isoDate(today)}.\n` +
      ' Les champs possibles et leur sens sont expliqués dans modeles/organisme.md et CONTRIBUER.md.',
    body: "<!-- Décrivez ici l'organisme en quelques phrases simples : sa mission, pour qui, depuis quand. -->",
  });
}
