/**
 * A month of coordination on a copy of the real content, done as the coordinator does it: a new profile
 * with `npm run nouveau`, a closed organisation deleted, a service removed from another profile and its
 * summary reworded, next year's bilan started with `npm run bilan:nouveau` and left as it is written. The
 * site built from it must pass the same checks as the real site (support/site-invariants.ts): correct
 * content work never turns the tests red. The choices are read from the copy, never named here.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { projectRoot, runBuild, testBuildsDir } from '../support/build-site';
import { readPage, text } from '../support/dist';
import { runScript, type ScriptResult } from '../support/run-script';
import { describeSiteInvariants } from '../support/site-invariants';

const work = join(testBuildsDir, 'mois-de-coordination');
const contentDir = join(work, 'contenu');
const outDir = join(work, 'dist');

const NEW_PROFILE = { nom: 'Friperie du mois de coordination', id: 'friperie-du-mois-de-coordination' };
const NEW_SUMMARY = 'Résumé reformulé par la coordination pendant le mois.';

interface Month {
  created: ScriptResult;
  deleted: string;
  edited: { id: string; removedService: string; removedName: string };
  year: string;
  bilan: ScriptResult;
  build: { status: number | null; log: string };
}
let month: Month;

/** Next year's id after the last bilan year of the content (or after the current year when there is none). */
function nextYear(years: string[]): string {
  const last = [...years].sort().at(-1);
  const start = last ? Number(last.slice(5)) : new Date().getFullYear();
  return `${start}-${start + 1}`;
}

/** Removes the last service of a profile and rewords its summary, in its front matter, comments kept. */
function editProfile(id: string): Month['edited'] {
  const file = join(contentDir, 'organismes', `${id}.md`);
  const [, frontMatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
  const document = parseDocument(frontMatter);
  const services = document.get('services') as { items: unknown[] };
  const last = services.items.length - 1;
  const removedService = String(document.getIn(['services', last, 'id']));
  const removedName = String(document.getIn(['services', last, 'nom']));
  document.deleteIn(['services', last]);
  document.set('resume', NEW_SUMMARY);
  writeFileSync(file, `---\n${String(document)}---\n${body}`);
  return { id, removedService, removedName };
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
  const before = checkContent(contentDir, { root: projectRoot }).content;

  const created = runScript('nouveau.ts', [
    '--nom', NEW_PROFILE.nom,
    '--secteur', 'communautaire',
    '--municipalites', before.territoires[0]!.id,
    '--source-territoires', 'organisme',
    '--categories', before.categories[0]!.id,
    '--telephone', '418 555-0199',
    '--source', 'https://exemple.org/nouvel-organisme',
  ], { CONTENT_DIR: contentDir });

  const edited = before.organismes.find((entry) => entry.data.services.length >= 2);
  if (!edited) throw new Error('Aucune fiche de content/ n’a deux services : le mois de coordination ne peut pas en retirer un.');
  const deleted = before.organismes.find((entry) => entry.id !== edited.id)!.id;
  rmSync(join(contentDir, 'organismes', `${deleted}.md`));

  const year = nextYear(before.bilans.map((entry) => entry.id));
  const bilan = runScript('bilan-nouveau.ts', [year], { CONTENT_DIR: contentDir });

  month = { created, deleted, edited: editProfile(edited.id), year, bilan, build: { status: null, log: '' } };
  const result = runBuild(outDir, { CONTENT_DIR: contentDir, OG_IMAGES: '0' });
  month.build = { status: result.status, log: result.output };
}, 600_000);

describe('a month of coordination on a copy of the real content', () => {
  it('is done with the coordinator’s commands, which succeed', () => {
    expect(month.created.status, month.created.stderr).toBe(0);
    expect(month.bilan.status, `${month.bilan.stdout}${month.bilan.stderr}`).toBe(0);
    expect(existsSync(join(contentDir, 'bilans', `${month.year}.yaml`))).toBe(true);
  });

  it('builds with npm run build', () => {
    expect(month.build.status, month.build.log).toBe(0);
  });

  it('publishes the new profile, and no longer the deleted one', () => {
    expect(readPage(outDir, `organismes/${NEW_PROFILE.id}`)('h1').text().trim()).toBe(NEW_PROFILE.nom);
    expect(existsSync(join(outDir, 'organismes', month.deleted))).toBe(false);
    expect(readFileSync(join(outDir, 'organismes/index.html'), 'utf8')).not.toContain(`/organismes/${month.deleted}/`);
  });

  it('shows the reworded summary and no longer the removed service', () => {
    const $ = readPage(outDir, `organismes/${month.edited.id}`);
    expect(text($)).toContain(NEW_SUMMARY);
    expect($(`#${month.edited.removedService}`).length).toBe(0);
    expect($('section.service h3').map((_, heading) => $(heading).text().trim()).get()).not.toContain(month.edited.removedName);
  });

  it('publishes next year’s bilan, not filled in yet, as « données à venir »', () => {
    const $ = readPage(outDir, `bilan/${month.year}`);
    expect(text($, 'main .notice')).toMatch(/^Données à venir : /);
    expect(text($)).not.toContain('donnée manquante');
    expect(readFileSync(join(outDir, 'bilan/indicateurs.csv'), 'utf8')).not.toContain(month.year);
  });
});

describeSiteInvariants('le site après un mois de coordination', () => ({ contentDir, siteDir: outDir }));
