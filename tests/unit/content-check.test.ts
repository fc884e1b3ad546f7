import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue, suggestId } from '../../src/lib/content-check';

const root = join(import.meta.dirname, '../..');
const invalid = checkContent('tests/fixtures/contenu-invalide', { root });
const lines = invalid.errors.map(formatIssue);
const ORGANISME = 'tests/fixtures/contenu-invalide/organismes/organisme-invalide.md';

function expectError(file: string, field: string, message: RegExp) {
  const found = invalid.errors.find((issue) => issue.file === file && issue.field === field && message.test(issue.message));
  expect(found, `${file} — ${field} — ${message}\n${lines.join('\n')}`).toBeDefined();
  return found;
}

describe('content check on bad content', () => {
  it('reports every error at once, not only the first', () => {
    expect(invalid.errors.length).toBe(11);
  });

  it('refuses coordinates outside the territory', () => {
    expectError(ORGANISME, 'lieux n° 1 › coordonnees', /hors du territoire/);
    expectError('tests/fixtures/contenu-invalide/territoires/montreal.yaml', 'centre', /hors du territoire/);
  });

  it('refuses a phone number that is not a valid North-American number', () => {
    expectError(ORGANISME, 'telephones n° 1 › numero', /nord-américain.*418 123-45/);
    expectError('tests/fixtures/contenu-invalide/organismes/autre-organisme.md', 'telephones n° 1 › numero', /nord-américain/);
  });

  it('refuses a web address that is not http(s)', () => {
    expectError(ORGANISME, 'site_web', /http:\/\/ ou https:\/\//);
  });

  it('refuses a reference to an unknown municipality, category or place', () => {
    expectError(ORGANISME, 'territoires › municipalites n° 2', /territoire inconnu « chicoutimi »/);
    expectError(ORGANISME, 'services n° 1 › categories n° 2', /catégorie inconnu(e)? « logement »/);
    expectError(ORGANISME, 'services n° 1 › lieux n° 1', /lieu inconnu « ailleurs »/);
  });

  it('refuses duplicate ids', () => {
    expectError('tests/fixtures/contenu-invalide/categories.yaml', 'id', /« alimentation » en double/);
    expectError('tests/fixtures/contenu-invalide/organismes/organisme-invalide.md', 'services n° 1 › id', /« service-commun » en double/);
  });

  it('refuses a file name with accents or capitals and suggests one', () => {
    const rename = expectError('tests/fixtures/contenu-invalide/organismes/Entre-Êtres.md', '(nom du fichier)', /minuscules sans accents/);
    expect(rename?.fix).toMatch(/« entre-etres\.md »/);
  });

  it('gives the line of the field in the file', () => {
    const phone = expectError(ORGANISME, 'telephones n° 1 › numero', /nord-américain/);
    expect(phone?.line).toBe(6);
    expect(formatIssue(phone!)).toMatch(/^tests\/fixtures\/contenu-invalide\/organismes\/organisme-invalide\.md:6 — telephones n° 1 › numero — /);
  });
});

describe('content check on the real content', () => {
  it('finds no error', () => {
    const real = checkContent('content', { root });
    expect(real.errors.map(formatIssue)).toEqual([]);
  });
});

describe('suggestId', () => {
  it('makes accent-free ids from French names', () => {
    expect(suggestId('Entre-Êtres')).toBe('entre-etres');
    expect(suggestId('Lac-Kénogami')).toBe('lac-kenogami');
    expect(suggestId("Centre d'action Bénévole de Jonquière (CABJ)")).toBe('centre-d-action-benevole-de-jonquiere-cabj');
  });
});
