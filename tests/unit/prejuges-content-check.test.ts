import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue, type ContentIssue } from '../../src/lib/content-check';
import { anneeSchema, lastYearOf } from '../../src/schemas/prejuge';

const root = join(import.meta.dirname, '../..');
const FIXTURE = 'tests/fixtures/contenu-prejuges-invalide';
const MYTHE = `${FIXTURE}/prejuges/mythe-invalide.md`;
const SANS_CONSENTEMENT = `${FIXTURE}/recits/sans-consentement.mdx`;
const REFERENCES = `${FIXTURE}/recits/references-inconnues.mdx`;
const SANS_MENTIONS = `${FIXTURE}/recits/sans-mentions.mdx`;

const checkOn = (today: string) => checkContent(FIXTURE, { root, today: new Date(`${today}T12:00:00Z`) });
const result = checkOn('2026-06-01');

function find(issues: ContentIssue[], file: string, field: string, message: RegExp) {
  const found = issues.find((issue) => issue.file === file && issue.field === field && message.test(issue.message));
  expect(found, `${file} — ${field} — ${message}\n${issues.map(formatIssue).join('\n')}`).toBeDefined();
  return found!;
}

describe('content check of myths, priorities and stories', () => {
  it('reads the stories from .mdx files and reports every error at once', () => {
    expect(result.content.recits.map((entry) => entry.id).sort()).toEqual(['avec-consentement', 'references-inconnues', 'sans-consentement']);
    expect(result.errors.map(formatIssue)).toHaveLength(12);
  });

  it('refuses a first-person story without recorded consent, naming the file and the field', () => {
    const issue = find(result.errors, SANS_CONSENTEMENT, 'consentement', /première personne sans consentement.*consentement: true/);
    expect(formatIssue(issue)).toMatch(/^tests\/fixtures\/contenu-prejuges-invalide\/recits\/sans-consentement\.mdx:\d+ — consentement — /);
    expect(result.errors.some((other) => other.file.endsWith('avec-consentement.mdx'))).toBe(false);
  });

  it('refuses a story that does not say whether it is example content or told in the first person', () => {
    const exemple = find(result.errors, SANS_MENTIONS, 'exemple', /à indiquer : écrivez « exemple: true » si ce n’est pas un vrai récit .*, ou « exemple: false » si c’est un vrai récit/);
    expect(formatIssue(exemple)).toMatch(/^tests\/fixtures\/contenu-prejuges-invalide\/recits\/sans-mentions\.mdx:\d+ — exemple — /);
    find(result.errors, SANS_MENTIONS, 'premiere_personne', /à indiquer : écrivez « premiere_personne: true » si une personne raconte sa propre histoire.*« premiere_personne: false »/);
    expect(result.content.recits.some((entry) => entry.id === 'sans-mentions')).toBe(false);
  });

  it('refuses a reference to an unknown myth, priority, category or theme', () => {
    find(result.errors, REFERENCES, 'prejuges n° 1', /préjugé inconnu « mythe-inexistant ».*mythe-invalide/);
    find(result.errors, REFERENCES, 'priorites n° 2', /priorité inconnue « priorite-inexistante ».*combattre-prejuges/);
    find(result.errors, REFERENCES, 'categories n° 2', /catégorie inconnue « vetements »/);
    find(result.errors, REFERENCES, 'themes n° 2', /thème inconnu « logement ».*content\/themes\.yaml/);
    find(result.errors, MYTHE, 'priorites n° 2', /priorité inconnue « inconnue »/);
    find(result.errors, MYTHE, 'categories n° 2', /catégorie inconnue « logement »/);
    find(result.errors, `${FIXTURE}/priorites/combattre-prejuges.md`, 'categories n° 2', /catégorie inconnue « transport »/);
  });

  it('refuses a source that is not a web address, and a badly written year', () => {
    find(result.errors, MYTHE, 'sources n° 2 › url', /http:\/\/ ou https:\/\//);
    find(result.errors, MYTHE, 'chiffres n° 5 › annee', /2013-2014/);
  });

  it('warns, without failing, about figures older than five years and figures without a year', () => {
    expect(result.warnings.every((issue) => issue.severity === 'avertissement')).toBe(true);
    expect(result.warnings.map((issue) => issue.field).sort()).toEqual(['chiffres n° 2 › annee', 'chiffres n° 3 › annee', 'chiffres n° 4 › annee']);
    find(result.warnings, MYTHE, 'chiffres n° 2 › annee', /chiffre de 2019, il y a plus de 5 ans/);
    find(result.warnings, MYTHE, 'chiffres n° 3 › annee', /sans année.*année à confirmer/);
    find(result.warnings, MYTHE, 'chiffres n° 4 › annee', /chiffre de 2013-2014/);
  });

  it('counts the age of a figure from the day of the check', () => {
    const later = checkOn('2030-01-15');
    find(later.warnings, MYTHE, 'chiffres n° 1 › annee', /chiffre de 2024/);
    expect(checkOn('2029-12-31').warnings.some((issue) => issue.field === 'chiffres n° 1 › annee')).toBe(false);
  });
});

describe('year of a figure', () => {
  it('accepts a year or a period and refuses anything else', () => {
    expect(anneeSchema.parse(2023)).toBe(2023);
    expect(anneeSchema.parse('2013-2014')).toBe('2013-2014');
    for (const bad of ['2023', '2023-24', 23, 2023.5]) expect(anneeSchema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('dates a period by its last year', () => {
    expect(lastYearOf('2019-2020')).toBe(2020);
    expect(lastYearOf(2021)).toBe(2021);
  });
});
