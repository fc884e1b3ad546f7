import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check';

const root = join(import.meta.dirname, '../..');
const result = checkContent('tests/fixtures/bilan-invalide', { root });
const DIR = 'tests/fixtures/bilan-invalide/bilans';
const lines = result.errors.map(formatIssue);

function expectError(file: string, field: string, message: RegExp) {
  const found = result.errors.find((issue) => issue.file === `${DIR}/${file}` && issue.field === field && message.test(issue.message));
  expect(found, `${file} — ${field} — ${message}\n${lines.join('\n')}`).toBeDefined();
  return found!;
}

describe('content check on bad bilan files', () => {
  it('reports every bilan error at once', () => {
    expect(result.errors.filter((issue) => issue.file.startsWith(DIR))).toHaveLength(6);
  });

  it('refuses an unknown indicator and lists the known ones', () => {
    const issue = expectError('2013-2014.yaml', 'valeurs › reunions', /indicateur inconnu « reunions » : attendu un identifiant parmi participation-citoyenne, rencontres/);
    expect(formatIssue(issue)).toMatch(/^tests\/fixtures\/bilan-invalide\/bilans\/2013-2014\.yaml:12 — valeurs › reunions — /);
  });

  it('refuses a negative count', () => {
    expectError('2013-2014.yaml', 'valeurs › rencontres › valeur', /positif ou zéro, jamais négatif/);
  });

  it('refuses a breakdown that does not add up to the total, showing the sum', () => {
    expectError('2013-2014.yaml', 'valeurs › participation-citoyenne › repartition', /ne correspond pas au total : femmes 6 \+ hommes 2 \+ autres 1 = 9, mais la valeur est 10/);
  });

  it('asks for the total when only the breakdown is given', () => {
    expectError('2014-2015.yaml', 'valeurs › participation-citoyenne › valeur', /valeur totale attendue .* = 3/);
  });

  it('refuses a breakdown on an indicator that has none', () => {
    expectError('2014-2015.yaml', 'valeurs › rencontres › repartition', /pas de répartition femmes\/hommes prévue pour l'indicateur « rencontres »/);
  });

  it('refuses a file the bilan would silently leave out', () => {
    expectError('bilan-2015.yaml', '(nom du fichier)', /fichier non reconnu.*« 2015-2016\.yaml »/);
  });
});
