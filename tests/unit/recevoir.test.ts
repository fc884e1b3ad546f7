/**
 * `npm run recevoir`: a profile sent by a partner is checked with the content check, its changes are shown
 * field by field, and it is written only when it has no error. On a copy of the fictional map content.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { formFileComment } from '../../src/lib/profile-file';
import { projectRoot } from '../support/build-site';
import { runScript, type ScriptResult } from '../support/run-script';

const contentDir = mkdtempSync(join(tmpdir(), 'tlpj-recevoir-'));
cpSync(join(projectRoot, 'tests/fixtures/carte'), contentDir, { recursive: true });
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

const scratch = mkdtempSync(join(tmpdir(), 'tlpj-recu-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function recevoir(text: string, ...args: string[]): ScriptResult {
  const file = join(scratch, `recu-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(file, text);
  return runScript('recevoir.ts', [file, ...args], { CONTENT_DIR: contentDir });
}

const profile = (id: string, fields: string, body = 'Une description.') => `---\n#${formFileComment(id, '2026-12-02').split('\n').join('\n#')}\n${fields}---\n\n${body}\n`;

const NEW = profile(
  'cuisine-collective-elan',
  `nom: Cuisine collective Élan
secteur: communautaire
territoires: { municipalites: [larouche], declare_le: 2026-12-02 }
telephones:
  - numero: 418 555-0199
services:
  - id: cuisine-collective-elan-repas
    nom: Repas collectifs
    categories: [alimentation]
verifie_le: 2026-12-02
`,
);

describe('npm run recevoir', { timeout: 60_000 }, () => {
  it('writes a good new profile in place, says it is new, and the content check accepts it', () => {
    const result = recevoir(NEW);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Nouvelle fiche');
    expect(result.stdout).toContain('+ nom : Cuisine collective Élan');
    expect(result.stdout).toContain('Fiche enregistrée');
    const path = join(contentDir, 'organismes/cuisine-collective-elan.md');
    expect(readFileSync(path, 'utf8')).toBe(NEW);
    expect(checkContent(contentDir, { root: contentDir }).errors.map(formatIssue)).toEqual([]);
  });

  it('refuses a bad file with the French report, every problem at once, and writes nothing', () => {
    const bad = profile('organisme-mal-rempli', 'nom: Organisme mal rempli\nsecteur: communautaire\nterritoires: [larouche]\ntelephones:\n  - numero: 555-0199\nsite_web: exemple.org\nverifie_le: 2026-12-02\n');
    const result = recevoir(bad);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/organismes\/organisme-mal-rempli\.md:\d+ — telephones n° 1 › numero — numéro de téléphone nord-américain à 10 chiffres attendu/);
    expect(result.stderr).toMatch(/site_web — adresse Web attendue, commençant par http:\/\/ ou https:\/\//);
    expect(result.stderr).toMatch(/territoires › source — municipalités desservies sans provenance/);
    expect(result.stderr).toMatch(/3 erreurs : la fiche n'a pas été enregistrée/);
    expect(existsSync(join(contentDir, 'organismes/organisme-mal-rempli.md'))).toBe(false);
  });

  it('refuses a bad update of an existing profile and leaves the current file as it was', () => {
    const path = join(contentDir, 'organismes/organisme-fictif-b.md');
    const before = readFileSync(path, 'utf8');
    const result = recevoir(before.replace(/^nom: .*$/m, 'nom:'), '--id', 'organisme-fictif-b');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/organisme-fictif-b\.md:\d+ — nom — /);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('shows what changes against the current profile, field by field, then writes it', () => {
    const path = join(contentDir, 'organismes/organisme-fictif-a.md');
    const before = readFileSync(path, 'utf8');
    const changed = before
      .replace('418 555-0101', '418 555-0111')
      .replace(/^resume: .*$/m, 'resume: Un dépannage alimentaire fictif, à Jonquière.')
      .replace('verifie_le: 2026-11-29', 'verifie_le: 2026-12-02\ncourriel: info@exemple.org');
    // A file pasted from an e-mail: the greeting before it and Windows line endings are left out.
    const tried = recevoir(`Bonjour,\r\n\r\nVoici notre fiche.\r\n\r\n${changed.replace(/\n/g, '\r\n')}`, '--id', 'organisme-fictif-a', '--essai');
    expect(tried.status).toBe(0);
    expect(tried.stdout).toContain('Mise à jour de');
    expect(tried.stdout).toContain('~ telephones n° 1 › numero : 418 555-0101 → 418 555-0111');
    expect(tried.stdout).toMatch(/~ resume : .* → Un dépannage alimentaire fictif, à Jonquière\./);
    expect(tried.stdout).toContain('+ courriel : info@exemple.org');
    expect(tried.stdout).toContain('~ verifie_le : 2026-11-29 → 2026-12-02');
    expect(tried.stdout).toContain('4 changements');
    expect(tried.stdout).toContain('rien n’a été écrit');
    expect(readFileSync(path, 'utf8')).toBe(before);

    const written = recevoir(changed, '--id', 'organisme-fictif-a');
    expect(written.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(changed);
  });
});
