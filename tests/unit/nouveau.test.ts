import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { projectRoot } from '../support/build-site';
import { runScript } from '../support/run-script';

const contentDir = mkdtempSync(join(tmpdir(), 'tlpj-nouveau-'));
cpSync(join(projectRoot, 'tests/fixtures/site'), contentDir, { recursive: true });
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

const nouveau = (...args: string[]) => runScript('nouveau.ts', args, { CONTENT_DIR: contentDir });
const FLAGS = ['--municipalites', 'jonquiere,larouche', '--source-territoires', 'organisme', '--categories', 'alimentation,famille', '--telephone', '(418) 555-1234', '--secteur', 'communautaire'];

describe('npm run nouveau, without a terminal', { timeout: 60_000 }, () => {
  const created = nouveau('--nom', 'Cuisine collective Élan de Larouche', '--courriel', 'info@exemple.org', ...FLAGS);
  const file = join(contentDir, 'organismes/cuisine-collective-elan-de-larouche.md');

  it('writes a profile named after the name, without accents', () => {
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('Fiche créée');
    expect(existsSync(file)).toBe(true);
  });

  it('writes a profile that passes the content check, with the answers given', () => {
    const { errors, content } = checkContent(contentDir, { root: contentDir });
    expect(errors.map(formatIssue)).toEqual([]);
    const profile = content.organismes.find((entry) => entry.id === 'cuisine-collective-elan-de-larouche');
    expect(profile?.data.nom).toBe('Cuisine collective Élan de Larouche');
    // The organisation said so today: the area carries that provenance.
    expect(profile?.data.territoires?.municipalites).toEqual(['jonquiere', 'larouche']);
    expect(profile?.data.territoires?.declare_le?.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(profile?.data.telephones[0]?.numero).toBe('+14185551234');
    expect(profile?.data.courriel).toBe('info@exemple.org');
    expect(profile?.data.services[0]?.categories).toEqual(['alimentation', 'famille']);
    expect(profile?.data.verifie_le.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
  });

  it('writes the phone number the way readers see it', () => {
    expect(readFileSync(file, 'utf8')).toContain('numero: 418 555-1234');
  });

  it('refuses to overwrite an existing profile', () => {
    const before = readFileSync(file, 'utf8');
    const again = nouveau('--nom', 'Cuisine collective Elan de Larouche', ...FLAGS);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/« cuisine-collective-elan-de-larouche\.md » existe déjà/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(nouveau('--nom', 'Maison du quartier fictive', ...FLAGS).stderr).toMatch(/existe déjà/);
  });

  it('refuses a wrong phone number, municipality or category, saying which, and writes nothing', () => {
    const wrong = nouveau('--nom', 'Organisme fautif', '--secteur', 'communautaire', '--municipalites', 'jonquiere,chicoutimi', '--categories', 'nourriture', '--telephone', '555-1234');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/municipalité inconnue\(s\) : chicoutimi/);
    expect(wrong.stderr).toMatch(/catégorie inconnue\(s\) : nourriture/);
    expect(wrong.stderr).toMatch(/numéro de téléphone à 10 chiffres attendu.*555-1234/);
    expect(existsSync(join(contentDir, 'organismes/organisme-fautif.md'))).toBe(false);
  });

  it('accepts the whole territory, with the page that says so', () => {
    const whole = nouveau('--nom', 'Service régional', '--secteur', 'public', '--municipalites', 'tout', '--source-territoires', 'https://exemple.org/territoire');
    expect(whole.status).toBe(0);
    const profile = checkContent(contentDir).content.organismes.find((entry) => entry.id === 'service-regional');
    expect(profile?.data.territoires).toEqual({ municipalites: 'tout', source: 'https://exemple.org/territoire' });
  });

  it('writes no fact nobody gave: no status, no membership, no area, no language', () => {
    const bare = nouveau('--nom', 'Groupe sans détails', '--secteur', 'communautaire', '--categories', 'alimentation');
    expect(bare.status).toBe(0);
    const text = readFileSync(join(contentDir, 'organismes/groupe-sans-details.md'), 'utf8');
    for (const field of ['statut', 'membre_tlpj', 'territoires', 'langues']) expect(text, field).not.toContain(`${field}:`);
    const profile = checkContent(contentDir).content.organismes.find((entry) => entry.id === 'groupe-sans-details');
    expect(profile?.data.territoires).toBeUndefined();
    expect(profile?.data.statut).toBeUndefined();
  });

  it('refuses municipalities nobody vouches for, saying how to give their provenance, and writes nothing', () => {
    const unsourced = nouveau('--nom', 'Organisme sans source', '--secteur', 'communautaire', '--municipalites', 'larouche');
    expect(unsourced.status).toBe(1);
    expect(unsourced.stderr).toMatch(/municipalités desservies sans provenance : ajoutez --source-territoires/);
    expect(existsSync(join(contentDir, 'organismes/organisme-sans-source.md'))).toBe(false);
  });

  it('asks for the answers as options when no terminal is there to ask', () => {
    const bare = nouveau();
    expect(bare.status).toBe(1);
    expect(bare.stderr).toMatch(/--nom/);
  });
});
