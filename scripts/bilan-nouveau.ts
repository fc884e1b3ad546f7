/**
 * `npm run bilan:nouveau -- 2015-2016`: creates the year file of the bilan with every indicator listed and
 * explained in a comment, values left empty (empty means « donnée manquante », never zero). Published as it
 * is, the year reads « données à venir » until a first figure is written (lib/bilan.ts, isPending). It never
 * overwrites an existing year: the coordinator's figures are worth more than a template.
 *
 * The content folder is the site's (`CONTENT_DIR`, as for the build).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { fr } from '../src/i18n/fr';
import { isYearId } from '../src/lib/bilan';
import { indicateurSchema, type Indicateur } from '../src/schemas/indicateur';
import { site } from '../src/site.config';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function comment(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(.{1,96})(?:\s|$)/)
    .filter(Boolean)
    .map((line) => `  # ${line}`)
    .join('\n');
}

function cibleEnMots(indicateur: Indicateur): string {
  const { cible, unite } = indicateur;
  if (typeof cible === 'number') return `au moins ${cible} ${unite} par année`;
  return { maintenir: "maintenir (au moins autant que l'année précédente)", augmenter: "augmenter (plus que l'année précédente)", documenter: 'documenter (noter le chiffre)' }[cible];
}

function template(annee: string, indicateurs: Indicateur[]): string {
  const valeurs = indicateurs.map((indicateur) => {
    const lines = [
      comment(`${indicateur.titre} (${indicateur.unite}) — cible : ${cibleEnMots(indicateur)}.`),
      comment(indicateur.description),
      `  ${indicateur.id}:`,
      '    valeur:',
    ];
    if (indicateur.ads) {
      lines.push('    # Répartition (ADS) : femmes + hommes + autres doit égaler la valeur ; « autres » vide compte pour 0.', '    repartition:', '      femmes:', '      hommes:', '      autres:');
    }
    lines.push('    note:');
    return lines.join('\n');
  });
  return `# Bilan ${annee} de la Table. Créé par « npm run bilan:nouveau -- ${annee} ».
#
# Tel quel, ce fichier est publiable : tant qu'aucun chiffre n'y est écrit, le site présente l'année comme
# « données à venir ». Écrivez le chiffre de l'année après « valeur: ». Laissez vide un chiffre inconnu :
# le site affichera « donnée manquante » (jamais zéro). « note: » accepte une phrase d'explication.
# Vérifiez ensuite avec « npm run build » : chaque erreur est signalée avec le fichier et le champ.

# true tant que les chiffres ne sont pas réels : le site affiche alors « données d'exemple ».
exemple: false

valeurs:
${valeurs.join('\n\n')}

# Nouvelles alliances de l'année, une par élément :
#   - titre: Nom de l'alliance
#     description: Avec qui, pour quoi
#     partenaires: [Organisme A, Organisme B]
alliances: []

# Projets communs de l'année, avec leurs partenaires (même forme que les alliances).
projets_communs: []

# Initiatives, actions et projets documentés (bons et moins bons coups), même forme.
initiatives: []

# Notes libres sur l'année.
notes:
`;
}

const words = fr.cli.bilanNouveau;
const annee = process.argv[2]?.trim();
if (!annee || !isYearId(annee)) {
  fail(words.yearExpected(annee));
}

const contentDir = resolve(site.contentDir);
const indicateursFile = join(contentDir, 'bilans', 'indicateurs.yaml');
const target = join(contentDir, 'bilans', `${annee}.yaml`);
const shown = relative(process.cwd(), target) || target;

if (existsSync(target)) {
  console.log(words.exists(shown, annee));
  process.exit(0);
}
if (!existsSync(indicateursFile)) fail(words.noIndicators(relative(process.cwd(), indicateursFile)));

const parsed = parse(readFileSync(indicateursFile, 'utf8')) as unknown;
const indicateurs = (Array.isArray(parsed) ? parsed : []).map((item: unknown) => indicateurSchema.safeParse(item));
const invalid = indicateurs.filter((result) => !result.success).length;
if (!Array.isArray(parsed) || invalid > 0) {
  fail(words.invalidIndicators(invalid));
}
const valid = indicateurs.flatMap((result) => (result.success ? [result.data] : [])).sort((a, b) => a.ordre - b.ordre);

writeFileSync(target, template(annee, valid), { flag: 'wx' });
console.log(words.created(shown, valid.length));
