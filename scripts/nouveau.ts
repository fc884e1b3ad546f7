/**
 * `npm run nouveau`: creates a partner profile (`content/organismes/<id>.md`) from a few answers.
 *
 * Interactive in a terminal; without one, or with `--nom`, it takes everything from flags:
 *   npm run nouveau -- --nom "Cuisine collective de Larouche" --secteur communautaire \
 *     --municipalites jonquiere,larouche --categories alimentation --telephone "418 555-1234" \
 *     --source-territoires organisme
 * Other flags: --id, --service, --courriel, --site-web, --resume, --source. `--municipalites tout` for
 * the whole territory; municipalities need --source-territoires (a web address, projet-commun-2013-2015,
 * or organisme when the organisation said so), and without them the profile says « à confirmer ».
 * It never overwrites a file, writes no fact nobody gave, and what it writes passes the content check.
 * The folder is `content/`, or the one in CONTENT_DIR.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { fr } from '../src/i18n/fr';
import { checkContent, formatIssue, suggestId } from '../src/lib/content-check';
import { answerChecks, checkAnswers, profileId, profileMarkdown, type NewProfileAnswers, type ProfileChoices } from '../src/lib/new-profile';
import { SECTEURS, type Secteur } from '../src/schemas/organisme';
import { PROJET_COMMUN } from '../src/schemas/provenance';
import { site } from '../src/site.config';

const words = fr.cli.nouveau;
const ask = words.prompts;
// Typed by the schema's list, so a new sector without a label fails the type check.
const SECTEUR_LABELS: Record<Secteur, string> = words.secteurs;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function fail(problems: string[]): never {
  console.error([words.notCreated, ...problems.map((problem) => `  ✗ ${problem}`)].join('\n'));
  process.exit(1);
}

function readChoices(): ProfileChoices {
  const { content, errors } = checkContent(site.contentDir);
  const broken = errors.filter((issue) => /territoires|categories/.test(issue.file));
  if (broken.length > 0) fail([words.brokenContent, ...broken.map(formatIssue)]);
  const folder = join(site.contentDir, 'organismes');
  // Every file counts, including one with errors, which the content check leaves out of `content`.
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')) : [];
  return {
    territoires: [...content.territoires].sort((a, b) => a.data.ordre - b.data.ordre).map((entry) => ({ id: entry.id, nom: entry.data.nom })),
    categories: content.categories.map((entry) => ({ id: entry.id, nom: entry.data.nom })),
    existingIds: new Set(files.map((name) => basename(name, '.md'))),
  };
}

function answersFromFlags(values: Record<string, string | undefined>): NewProfileAnswers {
  const municipalites = values.municipalites?.trim() === 'tout' ? 'tout' : list(values.municipalites);
  return {
    nom: values.nom ?? '',
    id: values.id,
    secteur: values.secteur ?? '',
    municipalites,
    sourceTerritoires: values['source-territoires'],
    categories: list(values.categories),
    service: values.service,
    telephone: values.telephone,
    courriel: values.courriel,
    siteWeb: values['site-web'],
    resume: values.resume,
    source: values.source,
  };
}

function orCancel<T>(value: T): Exclude<T, symbol> {
  if (prompts.isCancel(value)) {
    prompts.cancel(words.cancelled);
    process.exit(1);
  }
  return value as Exclude<T, symbol>;
}

async function answersFromPrompts(choices: ProfileChoices): Promise<NewProfileAnswers> {
  prompts.intro(words.intro);
  const nom = orCancel(await prompts.text({ message: ask.nom, validate: (value) => answerChecks.nom(value) }));
  const id = orCancel(
    await prompts.text({
      message: ask.id,
      initialValue: suggestId(nom),
      validate: (value) => answerChecks.id(value ?? '', choices.existingIds),
    }),
  );
  const secteur = orCancel(
    await prompts.select({ message: ask.secteur, options: SECTEURS.map((value) => ({ value, label: SECTEUR_LABELS[value] })) }),
  );
  // An area is written only with who says so; without it the profile says « territoire desservi à confirmer ».
  const provenance = orCancel(
    await prompts.select({
      message: ask.areaKnown,
      options: [
        { value: 'inconnu', label: ask.areaUnknown },
        { value: 'organisme', label: ask.areaDeclared },
        { value: 'web', label: ask.areaWeb },
        { value: PROJET_COMMUN, label: ask.areaProjetCommun },
      ],
    }),
  );
  const sourceTerritoires =
    provenance === 'web'
      ? orCancel(await prompts.text({ message: ask.areaSource, placeholder: ask.siteWebPlaceholder, validate: (value) => answerChecks.url(value) ?? (value ? undefined : ask.areaSource) }))
      : provenance === 'inconnu'
        ? undefined
        : provenance;
  const whole = sourceTerritoires !== undefined && orCancel(await prompts.confirm({ message: ask.wholeTerritory, initialValue: false }));
  const municipalites =
    sourceTerritoires === undefined
      ? []
      : whole
        ? ('tout' as const)
        : orCancel(
            await prompts.multiselect({
              message: ask.municipalites,
              options: choices.territoires.map((choice) => ({ value: choice.id, label: choice.nom })),
              required: true,
            }),
          );
  const categories = orCancel(
    await prompts.multiselect({
      message: ask.categories,
      options: choices.categories.map((choice) => ({ value: choice.id, label: choice.nom })),
      required: false,
    }),
  );
  const service =
    categories.length > 0 ? orCancel(await prompts.text({ message: ask.service, placeholder: ask.servicePlaceholder })) : undefined;
  const telephone = orCancel(
    await prompts.text({ message: ask.telephone, placeholder: ask.telephonePlaceholder, validate: (value) => answerChecks.telephone(value) }),
  );
  const courriel = orCancel(await prompts.text({ message: ask.courriel, validate: (value) => answerChecks.courriel(value) }));
  const siteWeb = orCancel(await prompts.text({ message: ask.siteWeb, placeholder: ask.siteWebPlaceholder, validate: (value) => answerChecks.url(value) }));
  const resume = orCancel(await prompts.text({ message: ask.resume, validate: (value) => answerChecks.resume(value) }));
  const source = orCancel(await prompts.text({ message: ask.source, validate: (value) => answerChecks.url(value) }));
  return { nom, id, secteur, municipalites, sourceTerritoires, categories, service, telephone, courriel, siteWeb, resume, source };
}

const { values } = parseArgs({
  options: Object.fromEntries(
    ['nom', 'id', 'secteur', 'municipalites', 'source-territoires', 'categories', 'service', 'telephone', 'courriel', 'site-web', 'resume', 'source'].map((name) => [
      name,
      { type: 'string' as const },
    ]),
  ),
  strict: true,
});

const choices = readChoices();
const interactive = values.nom === undefined && process.stdin.isTTY === true;
if (!interactive && values.nom === undefined) {
  fail([words.noTerminal]);
}
const answers = interactive ? await answersFromPrompts(choices) : answersFromFlags(values);
const problems = checkAnswers(answers, choices);
if (problems.length > 0) fail(problems);

const folder = join(site.contentDir, 'organismes');
const path = join(folder, `${profileId(answers)}.md`);
// checkAnswers already refused a known id; this also catches a file the content check could not read.
if (existsSync(path)) fail([words.fileExists(path)]);
mkdirSync(folder, { recursive: true });
writeFileSync(path, profileMarkdown(answers, choices, new Date()), { flag: 'wx' });

const shown = relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path);
const issues = checkContent(site.contentDir).issues.filter((issue) => issue.file.endsWith(`organismes/${profileId(answers)}.md`));
const errors = issues.filter((issue) => issue.severity === 'erreur');
if (errors.length > 0) fail([words.createdButInvalid(shown), ...errors.map(formatIssue)]);
const todo = issues.map((issue) => `  • ${issue.fix ?? issue.message}`);
const message = [words.created(shown), ...(todo.length > 0 ? [words.toComplete, ...todo] : [])].join('\n');
if (interactive) prompts.outro(message);
else console.log(message);
