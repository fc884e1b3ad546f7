/**
 * Checks that span several files: a reference to a municipality, a category or a place must name one
 * that exists, and ids that appear in URLs must be unique. They read the data as written (before the
 * schema), so that a file with another error is still checked and every problem is reported at once.
 */
import { anneeSchema, lastYearOf } from '../schemas/prejuge';
import type { ContentIssue, CrossCheck, RawCollections, SourceEntry } from './content-check';
import { isYearId } from './bilan';
import { fieldLabel } from './field-label';

type Raw = Record<string, unknown>;

/** The items of a list field, keeping their index; anything else is the schema's business. */
function items(value: unknown): { value: unknown; index: number }[] {
  return Array.isArray(value) ? value.map((item, index) => ({ value: item, index })) : [];
}

function records(value: unknown): { value: Raw; index: number }[] {
  return items(value).filter((item): item is { value: Raw; index: number } => typeof item.value === 'object' && item.value !== null);
}

function ids(entries: SourceEntry<Raw>[]): Set<string> {
  return new Set(entries.map((entry) => entry.id).filter(Boolean));
}

function issueAt(entry: SourceEntry<Raw>, path: PropertyKey[], message: string): ContentIssue {
  return { severity: 'erreur', file: entry.file, line: entry.lineOf(path), field: fieldLabel(path), message };
}

/** Every item of a list of ids at `path` must be one of `known`. */
function checkReferences(
  entry: SourceEntry<Raw>,
  path: PropertyKey[],
  value: unknown,
  known: ReadonlySet<string>,
  what: string,
  where: string,
): ContentIssue[] {
  return items(value)
    .filter((item) => typeof item.value === 'string' && !known.has(item.value))
    .map((item) =>
      issueAt(
        entry,
        [...path, item.index],
        `${what} « ${String(item.value)} » : attendu un identifiant parmi ${[...known].sort().join(', ')} (voir ${where})`,
      ),
    );
}

/** The municipalities of a stated area, `{ municipalites: [...] }`, or of the earlier bare list (refused by the schema for its missing provenance, still checked here so every error shows at once). */
function areaReferences(entry: SourceEntry<Raw>, path: PropertyKey[], value: unknown, known: ReadonlySet<string>): ContentIssue[] {
  const stated = isRecord(value) ? { path: [...path, 'municipalites'], ids: value.municipalites } : { path, ids: value };
  return checkReferences(entry, stated.path, stated.ids, known, 'territoire inconnu', 'content/territoires/');
}

const organismeReferences: CrossCheck = (content: RawCollections) => {
  const territoires = ids(content.territoires);
  const categories = ids(content.categories);
  const issues: ContentIssue[] = [];
  const serviceOwners = new Map<string, string>();

  for (const entry of content.organismes) {
    const { data } = entry;
    issues.push(...areaReferences(entry, ['territoires'], data.territoires, territoires));

    const lieux = new Set<string>();
    for (const { value: lieu, index } of records(data.lieux)) {
      if (typeof lieu.id !== 'string') continue;
      if (lieux.has(lieu.id)) {
        issues.push(issueAt(entry, ['lieux', index, 'id'], `identifiant de lieu « ${lieu.id} » en double dans ce fichier : chaque lieu doit avoir le sien`));
      }
      lieux.add(lieu.id);
    }

    for (const { value: service, index } of records(data.services)) {
      const at = (field: string): PropertyKey[] => ['services', index, field];
      issues.push(
        ...checkReferences(entry, at('categories'), service.categories, categories, 'catégorie inconnue', 'content/categories.yaml'),
        ...areaReferences(entry, at('territoires'), service.territoires, territoires),
        ...checkReferences(entry, at('lieux'), service.lieux, lieux, 'lieu inconnu', 'la liste « lieux » de ce fichier'),
      );
      if (typeof service.id !== 'string') continue;
      const owner = serviceOwners.get(service.id);
      if (owner) {
        issues.push(
          issueAt(entry, at('id'), `identifiant de service « ${service.id} » en double : déjà utilisé dans ${owner} ; chaque service du répertoire doit avoir le sien`),
        );
      } else serviceOwners.set(service.id, entry.file);
    }
  }
  return issues;
};

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * A year of the bilan names known indicators, gives a women/men/other breakdown only where the indicator
 * has one, and that breakdown adds up to the value. Negative or decimal counts are the schema's business.
 */
const bilanReferences: CrossCheck = (content: RawCollections) => {
  const indicateurs = new Map(content.indicateurs.filter((entry) => entry.id).map((entry) => [entry.id, entry.data]));
  const known = [...indicateurs.keys()].sort().join(', ');
  const issues: ContentIssue[] = [];
  for (const entry of content.bilans) {
    if (!isYearId(entry.id)) {
      issues.push({
        severity: 'erreur',
        file: entry.file,
        field: '(nom du fichier)',
        message: `nom attendu : deux années qui se suivent, p. ex. « 2015-2016.yaml » (et non « ${entry.id}.yaml »)`,
      });
    }
    if (!isRecord(entry.data.valeurs)) continue;
    for (const [id, mesure] of Object.entries(entry.data.valeurs)) {
      const at = (...path: PropertyKey[]): PropertyKey[] => ['valeurs', id, ...path];
      const indicateur = indicateurs.get(id);
      if (!indicateur) {
        issues.push(issueAt(entry, at(), `indicateur inconnu « ${id} » : attendu un identifiant parmi ${known} (voir content/bilans/indicateurs.yaml)`));
        continue;
      }
      if (!isRecord(mesure) || !isRecord(mesure.repartition)) continue;
      if (indicateur.ads !== true) {
        issues.push(issueAt(entry, at('repartition'), `pas de répartition femmes/hommes prévue pour l'indicateur « ${id} » : retirez « repartition » ou mettez « ads: true » dans content/bilans/indicateurs.yaml`));
        continue;
      }
      const { femmes, hommes } = mesure.repartition;
      const autres = mesure.repartition.autres === null || mesure.repartition.autres === '' ? 0 : (mesure.repartition.autres ?? 0);
      if (![femmes, hommes, autres].every(isCount)) continue;
      const sum = (femmes as number) + (hommes as number) + (autres as number);
      if (mesure.valeur === undefined || mesure.valeur === null || mesure.valeur === '') {
        issues.push(issueAt(entry, at('valeur'), `valeur totale attendue puisque la répartition est donnée (femmes + hommes + autres = ${sum})`));
      } else if (isCount(mesure.valeur) && mesure.valeur !== sum) {
        issues.push(
          issueAt(
            entry,
            at('repartition'),
            `la répartition ne correspond pas au total : femmes ${String(femmes)} + hommes ${String(hommes)} + autres ${String(autres)} = ${sum}, mais la valeur est ${mesure.valeur}`,
          ),
        );
      }
    }
  }
  return issues;
};

/** The myths, priorities and stories name categories, priorities, myths and themes that must exist. */
const preventionReferences: CrossCheck = (content: RawCollections) => {
  const known = {
    categories: ids(content.categories),
    priorites: ids(content.priorites),
    prejuges: ids(content.prejuges),
    themes: ids(content.themes),
  };
  const check = (entry: SourceEntry<Raw>, field: keyof typeof known, what: string, where: string) =>
    checkReferences(entry, [field], entry.data[field], known[field], what, where);
  const categories = (entry: SourceEntry<Raw>) => check(entry, 'categories', 'catégorie inconnue', 'content/categories.yaml');
  const priorites = (entry: SourceEntry<Raw>) => check(entry, 'priorites', 'priorité inconnue', 'content/priorites/');

  return [
    ...content.prejuges.flatMap((entry) => [...categories(entry), ...priorites(entry)]),
    ...content.priorites.flatMap(categories),
    ...content.recits.flatMap((entry) => [
      ...categories(entry),
      ...priorites(entry),
      ...check(entry, 'prejuges', 'préjugé inconnu', 'content/prejuges/'),
      ...check(entry, 'themes', 'thème inconnu', 'content/themes.yaml'),
    ]),
  ];
};

/** A person's own story is published only with their consent, recorded in the file. */
const recitConsent: CrossCheck = (content: RawCollections) =>
  content.recits
    .filter((entry) => entry.data.premiere_personne === true && entry.data.consentement !== true)
    .map((entry) =>
      issueAt(
        entry,
        ['consentement'],
        'récit à la première personne sans consentement : ajoutez « consentement: true » seulement quand la personne a accepté par écrit que son récit soit publié',
      ),
    );

/** Figures older than this many years are flagged to the coordinator, who looks for newer ones. */
export const FIGURE_MAX_AGE = 5;

/** Warnings, not errors: an old or undated figure is still true, but the coordinator should look at it. */
const figureAges: CrossCheck = (content: RawCollections, { today }) => {
  const currentYear = today.getUTCFullYear();
  const issues: ContentIssue[] = [];
  for (const entry of content.prejuges) {
    for (const { value: chiffre, index } of records(entry.data.chiffres)) {
      const path = ['chiffres', index, 'annee'];
      if (chiffre.annee === undefined || chiffre.annee === null) {
        issues.push({
          ...issueAt(entry, path, 'chiffre sans année : la page affiche « année à confirmer » ; ajoutez l’année que donne la source'),
          severity: 'avertissement',
        });
        continue;
      }
      const annee = anneeSchema.safeParse(chiffre.annee);
      if (!annee.success) continue;
      const age = currentYear - lastYearOf(annee.data);
      if (age > FIGURE_MAX_AGE) {
        issues.push({
          ...issueAt(
            entry,
            path,
            `chiffre de ${annee.data}, il y a plus de ${FIGURE_MAX_AGE} ans : cherchez un chiffre plus récent ou confirmez qu’il est encore le bon`,
          ),
          severity: 'avertissement',
        });
      }
    }
  }
  return issues;
};

export const referenceChecks: CrossCheck[] = [organismeReferences, bilanReferences, preventionReferences, recitConsent, figureAges];
