/**
 * The partner form's logic without the page: the check is the schema's (same messages as the content
 * check), ids for new places and services, and a file that the content check accepts.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fiche } from '../../src/i18n/fiche';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { formFileId } from '../../src/lib/profile-file';
import { checkProfile, fieldId, formFileText, profileFormData, unknownPaths, withIds, declaredByOrganisation } from '../../src/lib/profile-form';
import { projectRoot } from '../support/build-site';

const FIXTURE = join(projectRoot, 'tests/fixtures/carte');
const contentDir = mkdtempSync(join(tmpdir(), 'tlpj-fiche-'));
cpSync(FIXTURE, contentDir, { recursive: true });
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

/** A profile as the form reads it: places named by the form's keys, no ids yet. */
const typed = {
  nom: 'Cuisine collective Élan',
  resume: 'Des repas cuisinés ensemble, pour les familles de Larouche.',
  secteur: 'communautaire',
  // The organisation states its area: the form dates that declaration (declaredByOrganisation).
  territoires: { municipalites: ['larouche', 'jonquiere'], declare_le: '2026-12-02' },
  lieux: [{ nom: 'Salle paroissiale', adresse: { numero: '12', rue: 'rue Principale', ville: 'Larouche', code_postal: 'g0w 1z0' } }],
  telephones: [{ numero: '(418) 555-0199', poste: '2', type: 'principal' }],
  site_web: 'https://exemple.org',
  services: [
    {
      nom: 'Cuisine collective',
      categories: ['alimentation'],
      cout: { gratuit: false, details: '2 $ par portion' },
      horaires: [{ jours: ['mardi', 'jeudi'], ouverture: '09:00', fermeture: '13:30' }],
      lieux: ['nouveau-lieu-1'],
    },
  ],
  verifie_le: '2026-12-02',
};

describe('the partner form, without the page', () => {
  it('gives new places and services ids, and services the ids of their places', () => {
    const data = withIds(typed, 'cuisine-collective-elan', ['nouveau-lieu-1']);
    const lieux = data.lieux as { id: string }[];
    const services = data.services as { id: string; lieux: string[] }[];
    expect(lieux[0]?.id).toBe('salle-paroissiale');
    expect(services[0]?.id).toBe('cuisine-collective-elan-cuisine-collective');
    expect(services[0]?.lieux).toEqual(['salle-paroissiale']);
  });

  it('keeps the ids a profile already has', () => {
    const data = withIds({ ...typed, lieux: [{ id: 'local', adresse: { ville: 'Larouche' } }], services: [{ id: 'ancien', nom: 'X', categories: ['emploi'], lieux: ['local'] }] }, 'x', ['local']);
    expect((data.lieux as { id: string }[])[0]?.id).toBe('local');
    expect((data.services as { id: string; lieux: string[] }[])[0]).toMatchObject({ id: 'ancien', lieux: ['local'] });
  });

  it('writes a file that the content check accepts, with what was typed, named by its first comment', () => {
    const id = 'cuisine-collective-elan';
    const data = withIds(typed, id, ['nouveau-lieu-1']);
    expect(checkProfile(data, fiche.errors.required)).toEqual([]);
    const text = formFileText(id, data, 'Une cuisine collective fondée en 2020.', new Date('2026-12-02T12:00:00Z'));
    expect(formFileId(text)).toBe(id);
    // The schema's order, as in the template: the name first.
    expect(text.split('\n').find((line) => /^[a-z_]+:/.test(line))).toBe('nom: Cuisine collective Élan');
    writeFileSync(join(contentDir, 'organismes', `${id}.md`), text);
    const { errors, content } = checkContent(contentDir, { root: contentDir });
    expect(errors.map(formatIssue)).toEqual([]);
    const profile = content.organismes.find((entry) => entry.id === id)!;
    expect(profile.data.telephones[0]).toMatchObject({ numero: '+14185550199', poste: '2' });
    expect(profile.data.lieux[0]?.adresse.code_postal).toBe('G0W 1Z0');
    expect(profile.data.services[0]?.horaires[0]).toMatchObject({ ouverture: '09:00', fermeture: '13:30' });
    expect(profile.body?.trim()).toBe('Une cuisine collective fondée en 2020.');
  });

  it('dates what the organisation declares: its areas, and its status this year; adds nothing it left out', () => {
    const today = new Date('2026-12-02T12:00:00Z');
    const declared = declaredByOrganisation(
      { nom: 'X', statut: 'actif', territoires: { municipalites: ['larouche'] }, services: [{ nom: 'S', territoires: { municipalites: 'tout' } }, { nom: 'T' }] },
      today,
    );
    expect(declared).toEqual({
      nom: 'X',
      statut: 'actif',
      statut_annee: 2026,
      territoires: { municipalites: ['larouche'], declare_le: '2026-12-02' },
      services: [{ nom: 'S', territoires: { municipalites: 'tout', declare_le: '2026-12-02' } }, { nom: 'T' }],
    });
    expect(declaredByOrganisation({ nom: 'Y' }, today)).toEqual({ nom: 'Y' });
  });

  it('refuses what the content check refuses, by field, in French', () => {
    const bad = withIds(
      {
        ...typed,
        territoires: undefined,
        site_web: 'exemple.org',
        telephones: [{ numero: '555-0199' }],
        lieux: [{ adresse: { ville: 'Larouche', code_postal: 'G0W1Z' } }],
      },
      'x',
    );
    const problems = checkProfile(bad, fiche.errors.required);
    const byField = Object.fromEntries(problems.map((problem) => [fieldId(problem.path), problem.message]));
    expect(byField['f-telephones-0-numero']).toMatch(/numéro de téléphone nord-américain à 10 chiffres attendu/);
    expect(byField['f-site_web']).toMatch(/adresse Web attendue, commençant par http:\/\/ ou https:\/\//);
    expect(byField['f-lieux-0-adresse-code_postal']).toMatch(/code postal canadien attendu, p\. ex\. G7X 7W2/);
    // No area is no error: the profile then says « territoire desservi à confirmer ».
    expect(byField['f-territoires']).toBeUndefined();
    expect(problems).toHaveLength(3);
  });

  it('sends the form what the site knows of a profile, as its file writes it, and what it leaves unknown', () => {
    const { content } = checkContent(contentDir, { root: contentDir });
    const entry = content.organismes.find((item) => item.id === 'organisme-fictif-a')!;
    const sent = profileFormData(entry.id, entry.data, entry.body);
    expect(sent.fiche).toMatchObject({ nom: entry.data.nom, telephones: [{ numero: '418 555-0101' }], verifie_le: '2026-11-29' });
    expect(sent.fiche).not.toHaveProperty('courriel');
    expect(unknownPaths(sent.fiche)).toContainEqual(['courriel']);
    expect(checkProfile(sent.fiche, fiche.errors.required)).toEqual([]);
  });
});
