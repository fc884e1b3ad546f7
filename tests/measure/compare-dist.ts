/**
 * `npm run compare-dist -- <before> <after>`: compares two builds of
 * the site, for changes to the build that must not change what is published. Lists the files found in one
 * build only, the pages whose visible text differs, and the other files whose bytes differ. Files whose
 * names carry a content hash (`_astro/`, `pagefind/`) and the social images (PNG bytes vary with the
 * renderer) are compared by presence only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { filesUnder } from '../../src/lib/build-cache';

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('Usage : compare-dist.ts <dist avant> <dist après>');

const hashed = (file: string) => file.startsWith('_astro/') || file.startsWith('pagefind/');
const visibleText = (html: string) => {
  const $ = load(html);
  $('script, style').remove();
  const meta = $('head meta, head title, head link[rel=canonical]').map((_, element) => $.html(element)).get().join('\n');
  return `${meta}\n${$('body').text().replace(/\s+/g, ' ').trim()}`;
};

const [filesBefore, filesAfter] = [filesUnder(before), filesUnder(after)];
const setAfter = new Set(filesAfter);
const setBefore = new Set(filesBefore);
const only = (files: string[], other: Set<string>) => files.filter((file) => !hashed(file) && !other.has(file));
const report: string[] = [];
for (const file of only(filesBefore, setAfter)) report.push(`avant seulement : ${file}`);
for (const file of only(filesAfter, setBefore)) report.push(`après seulement : ${file}`);
let compared = 0;
for (const file of filesBefore.filter((name) => setAfter.has(name) && !hashed(name) && !name.endsWith('.png'))) {
  const [a, b] = [readFileSync(join(before, file)), readFileSync(join(after, file))];
  compared += 1;
  if (file.endsWith('.html') ? visibleText(a.toString()) !== visibleText(b.toString()) : !a.equals(b)) report.push(`différent : ${file}`);
}
console.log(`${compared} fichiers comparés (${filesBefore.length} avant, ${filesAfter.length} après).`);
console.log(report.length === 0 ? 'Aucune différence.' : report.join('\n'));
process.exitCode = report.length === 0 ? 0 : 1;
