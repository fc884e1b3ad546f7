import { describe, expect, it } from 'vitest';
import { categorieSchema } from '../../src/schemas/categorie';
import { plageHoraireSchema } from '../../src/schemas/horaire';
import { lieuSchema } from '../../src/schemas/lieu';
import { organismeSchema } from '../../src/schemas/organisme';
import { serviceSchema } from '../../src/schemas/service';
import { telephoneSchema } from '../../src/schemas/telephone';
import { territoireSchema } from '../../src/schemas/territoire';

const minimal = { nom: 'Organisme', secteur: 'communautaire', verifie_le: '2026-11-29' };

/** The French messages of a failed parse, by field path. */
function errors(schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('organisme schema', () => {
  it('accepts a minimal profile, and fills in no fact: status, membership, area and confirmation stay unknown', () => {
    const data = organismeSchema.parse(minimal);
    expect(data).toMatchObject({ services: [], lieux: [], telephones: [], sources: [], a_confirmer: [] });
    expect(data.statut).toBeUndefined();
    expect(data.membre_tlpj).toBeUndefined();
    expect(data.territoires).toBeUndefined();
    expect(data.confirme_le).toBeUndefined();
    expect(data.verifie_le.toISOString().slice(0, 10)).toBe('2026-11-29');
  });

  it('reads an empty area as unknown, and accepts a stated area with its source, the common project or a declaration', () => {
    expect(organismeSchema.parse({ ...minimal, territoires: '' }).territoires).toBeUndefined();
    expect(organismeSchema.parse({ ...minimal, territoires: [] }).territoires).toBeUndefined();
    expect(organismeSchema.parse({ ...minimal, territoires: { municipalites: 'tout', source: 'https://exemple.org/a' } }).territoires).toEqual({
      municipalites: 'tout',
      source: 'https://exemple.org/a',
    });
    expect(organismeSchema.parse({ ...minimal, territoires: { municipalites: ['larouche'], source: 'projet-commun-2013-2015' } }).territoires?.source).toBe(
      'projet-commun-2013-2015',
    );
    const declared = organismeSchema.parse({ ...minimal, territoires: { municipalites: ['begin'], declare_le: '2026-12-02' } }).territoires;
    expect(declared?.declare_le?.toISOString().slice(0, 10)).toBe('2026-12-02');
  });

  it('refuses a stated area without provenance, in French, with the three ways to fix it', () => {
    for (const territoires of [['jonquiere'], 'tout', { municipalites: ['jonquiere'] }]) {
      const message = errors(organismeSchema, { ...minimal, territoires })['territoires.source'];
      expect(message, JSON.stringify(territoires)).toContain('municipalités desservies sans provenance');
      expect(message).toContain('source: https://');
      expect(message).toContain('projet-commun-2013-2015');
      expect(message).toContain('declare_le: AAAA-MM-JJ');
      expect(message).toContain('territoire desservi à confirmer');
    }
    expect(errors(organismeSchema, { ...minimal, territoires: { municipalites: ['jonquiere'], source: 'le voisin' } })['territoires.source']).toContain(
      'adresse Web',
    );
    const service = { id: 's', nom: 'S', categories: ['a'], territoires: ['larouche'] };
    expect(errors(serviceSchema, service)['territoires.source']).toContain('sans provenance');
  });

  it('refuses a membership without period or provenance, and a status without its year', () => {
    expect(errors(organismeSchema, { ...minimal, membre_tlpj: true })['membre_tlpj.periode']).toContain('période de l’adhésion attendue');
    expect(errors(organismeSchema, { ...minimal, membre_tlpj: { periode: '2013-2015' } })['membre_tlpj.source']).toContain('adhésion à la Table sans provenance');
    expect(organismeSchema.parse({ ...minimal, membre_tlpj: { periode: '2013-2015', source: 'projet-commun-2013-2015' } }).membre_tlpj?.periode).toBe('2013-2015');
    expect(errors(organismeSchema, { ...minimal, statut: 'actif' }).statut_annee).toContain('statut « actif » sans année');
    expect(organismeSchema.parse({ ...minimal, statut: 'ferme', statut_annee: 2015 }).statut).toBe('ferme');
  });

  it('treats empty fields as unknown, never as values', () => {
    const data = organismeSchema.parse({ ...minimal, courriel: '', site_web: '', sigle: '  ', resume: '' });
    expect(data.courriel).toBeUndefined();
    expect(data.site_web).toBeUndefined();
    expect(data.sigle).toBeUndefined();
    expect(data.resume).toBeUndefined();
  });

  it('names every bad field with a French message', () => {
    const messages = errors(organismeSchema, {
      nom: '',
      secteur: 'autre',
      statut: 'ouvert',
      territoires: { municipalites: ['Lac-Kénogami'], source: 'projet-commun-2013-2015' },
      courriel: 'pas-un-courriel',
      site_web: 'ftp://exemple.org',
      verifie_le: '29/11/2026',
      sources: ['javascript:alert(1)'],
    });
    expect(messages).toMatchObject({
      nom: expect.stringContaining('ne peut pas être vide'),
      secteur: expect.stringContaining('secteur attendu parmi'),
      statut: expect.stringContaining('statut attendu parmi'),
      'territoires.municipalites.0': expect.stringContaining('sans accents'),
      courriel: expect.stringContaining('adresse courriel attendue'),
      site_web: expect.stringContaining('https://'),
      verifie_le: expect.stringContaining('AAAA-MM-JJ'),
      'sources.0.url': expect.stringContaining('https://'),
    });
  });

  it('refuses a summary longer than 320 characters', () => {
    expect(errors(organismeSchema, { ...minimal, resume: 'a'.repeat(321) })).toHaveProperty('resume');
  });
});

describe('service schema', () => {
  it('requires at least one category and knows the ways to get a service', () => {
    expect(errors(serviceSchema, { id: 'x', nom: 'X', categories: [] })).toHaveProperty('categories');
    expect(errors(serviceSchema, { id: 'x', nom: 'X', categories: ['a'], acces: ['pigeon'] })).toHaveProperty('acces.0');
    // No language is assumed: a service lists the languages a source states, else they are « à confirmer ».
    expect(serviceSchema.parse({ id: 'x', nom: 'X', categories: ['a'] }).langues).toEqual([]);
  });
});

describe('telephone schema', () => {
  it('stores E.164 and keeps the extension', () => {
    expect(telephoneSchema.parse({ numero: '418 542-7536', poste: 112 })).toEqual({ numero: '+14185427536', poste: '112', type: 'principal' });
  });

  it('refuses a number that is not North-American and an extension with letters', () => {
    const messages = errors(telephoneSchema, { numero: '+33 1 23 45 67 89', poste: 'x12' });
    expect(messages.numero).toContain('nord-américain');
    expect(messages.poste).toContain('chiffres');
  });
});

describe('lieu schema', () => {
  it('normalises the postal code and accepts coordinates inside the territory', () => {
    const lieu = lieuSchema.parse({ id: 'a', adresse: { ville: 'Jonquière', code_postal: 'g7x7w2' }, coordonnees: { lat: 48.42, lng: -71.25 } });
    expect(lieu.adresse.code_postal).toBe('G7X 7W2');
    expect(lieu.adresse.province).toBe('Québec');
  });

  it('refuses coordinates outside the territory, swapped coordinates and a bad postal code', () => {
    expect(errors(lieuSchema, { id: 'a', adresse: { ville: 'Québec' }, coordonnees: { lat: 46.81, lng: -71.21 } })).toHaveProperty('coordonnees');
    expect(errors(lieuSchema, { id: 'a', adresse: { ville: 'Jonquière' }, coordonnees: { lat: -71.25, lng: 48.42 } })).toHaveProperty('coordonnees');
    expect(errors(lieuSchema, { id: 'a', adresse: { ville: 'Jonquière', code_postal: '12345' } })).toHaveProperty('adresse.code_postal');
  });
});

describe('horaire schema', () => {
  it('reads « 9 h » and « 13:30 » and refuses a closing before the opening', () => {
    expect(plageHoraireSchema.parse({ jours: ['lundi'], ouverture: '9 h', fermeture: '13:30' })).toEqual({
      jours: ['lundi'],
      ouverture: '09:00',
      fermeture: '13:30',
    });
    expect(errors(plageHoraireSchema, { jours: ['lundi'], ouverture: '16:00', fermeture: '9:00' })).toHaveProperty('fermeture');
    expect(errors(plageHoraireSchema, { jours: ['lun'], ouverture: '25:00', fermeture: '9:00' })).toHaveProperty('jours.0');
  });
});

describe('territoire and categorie schemas', () => {
  it('requires a sourced population when one is given', () => {
    const base = { nom: 'Bégin', type: 'Municipalité', mrc: 'Le Fjord-du-Saguenay', centre: { lat: 48.67, lng: -71.33 }, verifie_le: '2026-11-29' };
    expect(territoireSchema.parse(base).population).toBeUndefined();
    expect(errors(territoireSchema, { ...base, population: { valeur: 836, annee: 2019 } })).toHaveProperty('population.source');
    expect(errors(territoireSchema, { ...base, prefixes_postaux: ['G0V 1B0'] })).toHaveProperty('prefixes_postaux.0');
  });

  it('requires a known icon for a category', () => {
    expect(errors(categorieSchema, { id: 'a', nom: 'A', description: 'B', icone: '🍎' }).icone).toContain('icône attendue parmi');
  });
});
