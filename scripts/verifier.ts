/**
 * `npm run verifier`: checks all content without building the site, prints every problem at once
 * (`fichier:ligne — champ — problème — comment corriger`) and the state of the profiles.
 * Exit status 1 when there is an error: the build would refuse the content.
 *
 * The folder is `content/`, or the one in CONTENT_DIR.
 */
import { checkContent, formatIssue } from '../src/lib/content-check';
import { contentHealth, formatContentHealth } from '../src/lib/content-health';
import { site } from '../src/site.config';

const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

const result = checkContent(site.contentDir);
const { content, errors, warnings } = result;
const out: string[] = [
  `Vérification du contenu (${site.contentDir}) : ${count(content.organismes.length, 'organisme', 'organismes')}, ` +
    `${count(content.territoires.length, 'territoire', 'territoires')}, ${count(content.categories.length, 'catégorie', 'catégories')}, ` +
    `${count(content.pages.length, 'page', 'pages')}.`,
];

if (errors.length > 0) {
  out.push('', `${count(errors.length, 'erreur', 'erreurs')} (le site ne peut pas être publié tant qu'elles restent) :`);
  out.push(...errors.map((issue) => `  ✗ ${formatIssue(issue)}`));
}
if (warnings.length > 0) {
  out.push('', `${count(warnings.length, 'avertissement', 'avertissements')} (à corriger quand possible ; ils n'empêchent pas la publication) :`);
  out.push(...warnings.map((issue) => `  ! ${formatIssue(issue)}`));
}
out.push('', formatContentHealth(contentHealth(content.organismes, new Date())), '');
out.push(
  errors.length > 0
    ? `Résultat : ${count(errors.length, 'erreur', 'erreurs')} à corriger.`
    : `Résultat : aucune erreur${warnings.length > 0 ? `, ${count(warnings.length, 'avertissement', 'avertissements')}` : ''}. Le contenu peut être publié.`,
);
console.log(out.join('\n'));
process.exitCode = errors.length > 0 ? 1 : 0;
