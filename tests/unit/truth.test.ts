/**
 * Unknown is a value, not a default (issue 13): what no source states stays « à confirmer » in the model,
 * the search and map filters, the open data and the structured data; a stated area without provenance is
 * refused with its French message. On a directory the test builds, and on tests/fixtures/verite-invalide/.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { buildDirectory, type Entry } from '../../src/lib/directory';
import { buildHsds, hsdsId } from '../../src/lib/hsds';
import { mapPlaces } from '../../src/lib/map';
import { AREA_UNKNOWN_VALUE, municipalityFilterOptions, organismeFacets } from '../../src/lib/search';
import { organizationJsonLd } from '../../src/lib/structured-data';
import { categorieSchema } from '../../src/schemas/categorie';
import { organismeSchema, type Organisme } from '../../src/schemas/organisme';
import { territoireSchema } from '../../src/schemas/territoire';
import { projectRoot } from '../support/build-site';

const territoire = (id: string, nom: string, ordre: number) => ({
  id,
  data: territoireSchema.parse({ nom, ordre, type: 'Municipalité', mrc: 'Le Fjord-du-Saguenay', centre: { lat: 48.42, lng: -71.25 }, verifie_le: '2026-11-29' }),
});
const organisme = (id: string, data: Record<string, unknown>): Entry<Organisme> => ({
  id,
  data: organismeSchema.parse({ nom: id, secteur: 'communautaire', verifie_le: '2026-11-29', ...data }),
});

const directory = buildDirectory({
  territoires: [territoire('jonquiere', 'Jonquière', 1), territoire('larouche', 'Larouche', 2)],
  categories: [{ id: 'alimentation', data: categorieSchema.parse({ id: 'alimentation', nom: 'Alimentation', description: 'Repas.', icone: 'apple' }) }],
  organismes: [
    // No source says where it serves: no area, no language, no status.
    organisme('inconnu', {
      lieux: [{ id: 'local', adresse: { ville: 'Jonquière' }, coordonnees: { lat: 48.42, lng: -71.25 } }],
      services: [{ id: 'inconnu-repas', nom: 'Repas', categories: ['alimentation'], lieux: ['local'] }],
    }),
    // Unknown as a whole, but one service has a sourced area of its own.
    organisme('mixte', {
      services: [
        { id: 'mixte-camp', nom: 'Camp', categories: ['alimentation'] },
        { id: 'mixte-cafe', nom: 'Café', categories: ['alimentation'], territoires: { municipalites: ['jonquiere'], source: 'https://exemple.org/cafe' } },
      ],
    }),
    organisme('connu', {
      territoires: { municipalites: ['larouche'], source: 'projet-commun-2013-2015' },
      services: [{ id: 'connu-repas', nom: 'Repas', categories: ['alimentation'] }],
    }),
    organisme('sans-services-inconnu', {}),
  ],
});
const site = { name: 'Table d’exemple', url: 'https://exemple.test', base: '/', lang: 'fr-CA' };

describe('an organisation whose area no source states', () => {
  it('is confirmed in no municipality, and listed under « à confirmer » after the confirmed ones on every municipality', () => {
    for (const { id } of directory.territoires) {
      expect(directory.servicesIn(id).map((item) => item.id)).not.toContain('inconnu-repas');
      expect(directory.organismesIn(id).map((entry) => entry.id)).not.toContain('inconnu');
      const list = directory.municipalityList(id);
      const firstToConfirm = list.findIndex((item) => !item.confirmed);
      expect(list.slice(firstToConfirm).every((item) => !item.confirmed), id).toBe(true);
      expect(list.filter((item) => !item.confirmed).map((item) => [item.organisme.id, item.services.map((service) => service.id)])).toEqual([
        ['inconnu', ['inconnu-repas']],
        ['mixte', ['mixte-camp']],
        ['sans-services-inconnu', []],
      ]);
    }
    expect(directory.municipalityList('larouche').filter((item) => item.confirmed).map((item) => item.organisme.id)).toEqual(['connu']);
    expect(directory.municipalityList('jonquiere').filter((item) => item.confirmed).map((item) => [item.organisme.id, item.services.map((s) => s.id)])).toEqual([
      ['mixte', ['mixte-cafe']],
    ]);
    expect(directory.services.find((item) => item.id === 'inconnu-repas')?.area).toBeUndefined();
    expect(directory.areaOf('inconnu')).toBeUndefined();
    expect(directory.areaOf('connu')?.provenance).toEqual({ source: 'projet-commun-2013-2015', declare_le: undefined });
  });

  it('is found under the « à confirmer » choice of the search and the map, never under a municipality', () => {
    const words = { wholeTerritory: 'Tout le territoire', areaUnknown: 'Territoire à confirmer' };
    expect(organismeFacets(directory, 'inconnu', words).filters.municipalite).toEqual([AREA_UNKNOWN_VALUE]);
    expect(organismeFacets(directory, 'inconnu', words).meta.municipalite).toBe('Territoire à confirmer');
    expect(organismeFacets(directory, 'mixte', words).filters.municipalite).toEqual(['jonquiere', AREA_UNKNOWN_VALUE]);
    expect(organismeFacets(directory, 'connu', words).filters.municipalite).toEqual(['larouche']);
    expect(mapPlaces(directory).find((place) => place.id === 'inconnu--local')?.municipalites).toEqual([AREA_UNKNOWN_VALUE]);
    expect(municipalityFilterOptions(directory, 'Territoire à confirmer').map((option) => option.id)).toEqual(['jonquiere', 'larouche', AREA_UNKNOWN_VALUE]);
  });

  it('has no service area in the HSDS export and no areaServed in its structured data; no language or membership is assumed', () => {
    const hsds = buildHsds(directory, site);
    const service = (id: string) => hsds.services.find((record) => record.id === hsdsId('service', id)) as Record<string, unknown[]>;
    expect(service('inconnu-repas').service_areas).toEqual([]);
    expect(service('inconnu-repas').languages).toEqual([]);
    expect(service('mixte-camp').service_areas).toEqual([]);
    expect(service('connu-repas').service_areas).toHaveLength(1);
    expect(hsds.tables.service_area.every((row) => row.service_id !== hsdsId('service', 'inconnu-repas'))).toBe(true);
    const jsonLd = JSON.stringify(organizationJsonLd(site, directory.organisme('inconnu')!, directory));
    expect(jsonLd).not.toContain('areaServed');
    expect(jsonLd).not.toContain('availableLanguage');
    expect(jsonLd).not.toContain('memberOf');
  });

  it('says in the HSDS alert that its status is to be confirmed, since HSDS has no unknown status', () => {
    const record = buildHsds(directory, site).services.find((item) => item.id === hsdsId('service', 'inconnu-repas'));
    expect(record?.alert).toContain('à confirmer');
  });
});

describe('a stated fact without provenance', () => {
  const result = checkContent('tests/fixtures/verite-invalide', { root: projectRoot });
  const file = 'tests/fixtures/verite-invalide/organismes/territoire-sans-source.md';

  it('is refused, every one at once, in French, with the file, the line, the field and how to fix it', () => {
    expect(result.errors.map(formatIssue)).toEqual([
      `${file}:7 — membre_tlpj › periode — période de l’adhésion attendue, p. ex. « 2013-2015 » (membre_tlpj: { periode: 2013-2015, source: projet-commun-2013-2015 })`,
      expect.stringMatching(new RegExp(`^${file}:7 — membre_tlpj › source — adhésion à la Table sans provenance : ajoutez « source: https://… »`)),
      expect.stringMatching(
        new RegExp(`^${file}:8 — territoires › source — municipalités desservies sans provenance : .*declare_le: AAAA-MM-JJ.*retirez « territoires » : la fiche affichera « territoire desservi à confirmer »$`),
      ),
      expect.stringMatching(new RegExp(`^${file}:14 — services n° 1 › territoires › source — municipalités desservies sans provenance`)),
      expect.stringMatching(new RegExp(`^${file}:4 — statut_annee — statut « actif » sans année : ajoutez « statut_annee: AAAA »`)),
    ]);
  });
});
