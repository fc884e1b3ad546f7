/**
 * `npm run verifier`: checks all content without building the site, prints every problem at once
 * (`fichier:ligne — champ — problème — comment corriger`) and the state of the profiles.
 * Exit status 1 when there is an error: the build would refuse the content.
 *
 * The folder is `content/`, or the one in CONTENT_DIR.
 */
import { fr } from '../src/i18n/fr';
import { checkContent, formatIssue } from '../src/lib/content-check';
import { contentHealth, formatContentHealth } from '../src/lib/content-health';
import { configurationWarnings } from '../src/lib/content-warnings';
import { site } from '../src/site.config';

const words = fr.cli.verifier;
const result = checkContent(site.contentDir);
const { content, errors } = result;
const warnings = [...configurationWarnings(), ...result.warnings];
const out: string[] = [
  words.heading(site.contentDir, {
    organismes: content.organismes.length,
    territoires: content.territoires.length,
    categories: content.categories.length,
    pages: content.pages.length,
  }),
];

if (errors.length > 0) {
  out.push('', words.errors(errors.length));
  out.push(...errors.map((issue) => `  ✗ ${formatIssue(issue)}`));
}
if (warnings.length > 0) {
  out.push('', words.warnings(warnings.length));
  out.push(...warnings.map((issue) => `  ! ${formatIssue(issue)}`));
}
out.push('', formatContentHealth(contentHealth(content.organismes, new Date())), '');
out.push(errors.length > 0 ? words.failed(errors.length) : words.passed(warnings.length));
console.log(out.join('\n'));
process.exitCode = errors.length > 0 ? 1 : 0;
