import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue, type ContentIssue } from '../../src/lib/content-check';

const root = join(import.meta.dirname, '../..');
const today = new Date('2026-11-29T12:00:00Z');
const DIR = 'tests/fixtures/avertissements/organismes';
const result = checkContent('tests/fixtures/avertissements', { root, today });

function warningsOf(file: string): ContentIssue[] {
  return result.warnings.filter((issue) => issue.file === `${DIR}/${file}`);
}

describe('content warnings', () => {
  it('are warnings, never errors: valid content with warnings passes', () => {
    expect(result.errors.map(formatIssue)).toEqual([]);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings.every((issue) => issue.severity === 'avertissement')).toBe(true);
  });

  it('say nothing about a complete, recently verified profile', () => {
    expect(warningsOf('complet.md').map(formatIssue)).toEqual([]);
  });

  it('flag a profile whose sources were consulted more than 12 months ago, on its sources_consultees_le line', () => {
    const [stale] = warningsOf('ancien.md').filter((issue) => issue.field === 'sources_consultees_le');
    expect(stale?.message).toMatch(/il y a 13 mois/);
    expect(stale?.line).toBe(9);
    expect(stale?.fix).toMatch(/date du jour/);
    // Verified 11 months and 29 days ago: not stale yet.
    expect(warningsOf('sans-lieu.md').some((issue) => issue.field === 'sources_consultees_le')).toBe(false);
  });

  it('flag a profile with neither phone nor e-mail, but not one with an e-mail', () => {
    expect(warningsOf('ancien.md').some((issue) => /ni téléphone ni courriel/.test(issue.message))).toBe(true);
    expect(warningsOf('sans-lieu.md').some((issue) => /ni téléphone ni courriel/.test(issue.message))).toBe(false);
  });

  it('flag a place without coordinates, and a profile without any place', () => {
    expect(warningsOf('ancien.md').find((issue) => issue.field === 'lieux n° 1')?.message).toMatch(/sans coordonnées/);
    expect(warningsOf('sans-lieu.md').find((issue) => issue.field === 'lieux')?.message).toMatch(/carte/);
  });

  it('flag a source that is not https', () => {
    const source = warningsOf('ancien.md').find((issue) => issue.field === 'sources n° 1');
    expect(source?.message).toMatch(/http:\/\/exemple\.org\/ancien/);
    expect(formatIssue(source!)).toBe(
      `${DIR}/ancien.md:11 — sources n° 1 — source non sécurisée (http://exemple.org/ancien) : le lien ne commence pas par https:// — essayez l'adresse avec https:// ; si elle fonctionne, remplacez-la`,
    );
  });
});

describe('content check on suspicious partner files', () => {
  const suspect = checkContent('tests/fixtures/contenu-suspect', { root, today });
  const errorsOf = (file: string) => suspect.errors.filter((issue) => issue.file === `tests/fixtures/contenu-suspect/organismes/${file}`);

  it('refuses invisible bidirectional characters in a field', () => {
    const [bidi] = errorsOf('bidi.md').filter((issue) => issue.field === 'nom');
    expect(bidi?.message).toMatch(/caractère invisible \(U\+202E\)/);
    expect(bidi?.line).toBe(2);
  });

  it('refuses control characters in the text, with their line', () => {
    const [bell] = errorsOf('bidi.md').filter((issue) => issue.field === '(texte de la fiche)');
    expect(bell?.message).toMatch(/U\+0007/);
    expect(bell?.line).toBe(10);
  });

  it('refuses a misspelt field, which would be silently dropped, and suggests the right one', () => {
    const typos = errorsOf('faute-de-frappe.md');
    const phone = typos.find((issue) => issue.field === 'telephone');
    expect(phone?.message).toMatch(/champ inconnu « telephone »/);
    expect(phone?.line).toBe(5);
    expect(phone?.fix).toMatch(/^vouliez-vous dire « telephones » \?/);
    expect(typos.find((issue) => issue.field === 'lieux n° 1 › adresse › code_postale')?.fix).toMatch(/« code_postal »/);
  });

  it('refuses the former name « verifie_le » with the exact rename, and asks for a date', () => {
    const issues = errorsOf('ancien-nom.md');
    const old = issues.find((issue) => issue.field === 'verifie_le');
    expect(old?.message).toMatch(/champ inconnu « verifie_le »/);
    expect(old?.line).toBe(4);
    expect(old?.fix).toMatch(/^« verifie_le » s'appelle maintenant « sources_consultees_le » : renommez-le ; champs possibles ici : /);
    expect(formatIssue(old!)).toMatch(/^tests\/fixtures\/contenu-suspect\/organismes\/ancien-nom\.md:4 — verifie_le — /);
    expect(issues.find((issue) => issue.field === 'sources_consultees_le')?.message).toMatch(/« sources_consultees_le: AAAA-MM-JJ » .* ou « confirme_le: AAAA-MM-JJ »/);
  });

  it('refuses an MDX profile, which could run code', () => {
    const [mdx] = errorsOf('code.mdx');
    expect(mdx?.message).toMatch(/format « \.mdx » refusé/);
    expect(mdx?.fix).toMatch(/« code\.md »/);
  });
});
