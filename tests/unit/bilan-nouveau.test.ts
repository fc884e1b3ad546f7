import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBilan } from '../../src/lib/bilan';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { runScript } from '../support/run-script';

const root = join(import.meta.dirname, '../..');
const contentDir = mkdtempSync(join(tmpdir(), 'tlpj-bilan-nouveau-'));
cpSync(join(root, 'tests/fixtures/site'), contentDir, { recursive: true });
rmSync(join(contentDir, 'bilans', '2015-2016.yaml'));
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = runScript('bilan-nouveau.ts', args, { CONTENT_DIR: contentDir });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run bilan:nouveau', { timeout: 60_000 }, () => {
  const file = join(contentDir, 'bilans', '2015-2016.yaml');

  it('creates the year file with every indicator, ready to fill, valid as it is and shown as « données à venir »', () => {
    const first = run('2015-2016');
    expect(first.output).toContain('Fichier créé');
    expect(first.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    const ids = [...readFileSync(join(contentDir, 'bilans', 'indicateurs.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((match) => match[1]);
    expect(ids).toEqual(['rencontres', 'nouvelles-alliances', 'participation-citoyenne', 'projets-communs', 'lieux-echange']);
    for (const id of ids) expect(text).toMatch(new RegExp(`^  # .*\\n(?:  # .*\\n)*  ${id}:\\n    valeur:\\n`, 'm'));
    const check = checkContent(contentDir, { root });
    expect(check.errors.map(formatIssue)).toEqual([]);
    const annee = check.content.bilans.find((entry) => entry.id === '2015-2016');
    expect(Object.values(annee!.data.valeurs).every((valeur) => valeur.valeur === undefined)).toBe(true);
    const bilan = buildBilan(check.content.indicateurs.map((entry) => entry.data), check.content.bilans);
    expect(bilan.annees.map((year) => [year.id, year.aVenir])).toEqual([['2013-2014', false], ['2014-2015', false], ['2015-2016', true]]);
  });

  it('never overwrites an existing year, and says so in French', () => {
    writeFileSync(file, `${readFileSync(file, 'utf8')}# chiffres de la coordination\n`);
    const before = readFileSync(file, 'utf8');
    const second = run('2015-2016');
    expect(second.status).toBe(0);
    expect(second.output).toMatch(/existe déjà : rien n'a été modifié/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a year that is not two consecutive years', () => {
    const wrong = run('2015-2017');
    expect(wrong.status).not.toBe(0);
    expect(wrong.output).toMatch(/Année attendue sous la forme AAAA-AAAA/);
    expect(existsSync(join(contentDir, 'bilans', '2015-2017.yaml'))).toBe(false);
  });
});
