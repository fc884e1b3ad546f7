import { describe, expect, it } from 'vitest';
import { buildDirectory, groupByOrganisme, type Entry } from '../../src/lib/directory';
import { categorieSchema, type Categorie } from '../../src/schemas/categorie';
import { organismeSchema, type Organisme } from '../../src/schemas/organisme';
import { territoireSchema, type Territoire } from '../../src/schemas/territoire';

const territoire = (id: string, nom: string, ordre: number): Entry<Territoire> => ({
  id,
  data: territoireSchema.parse({ nom, ordre, type: 'Municipalité', mrc: 'Le Fjord-du-Saguenay', centre: { lat: 48.5, lng: -71.3 }, verifie_le: '2026-11-29' }),
});
const categorie = (id: string, nom: string): Entry<Categorie> => ({
  id,
  data: categorieSchema.parse({ id, nom, description: 'Description.', icone: 'apple' }),
});
const organisme = (id: string, data: Record<string, unknown>): Entry<Organisme> => ({
  id,
  data: organismeSchema.parse({ secteur: 'communautaire', verifie_le: '2026-11-29', ...data }),
});

const directory = buildDirectory({
  territoires: [territoire('larouche', 'Larouche', 6), territoire('jonquiere', 'Jonquière', 1), territoire('begin', 'Bégin', 4)],
  categories: [categorie('logement', 'Logement'), categorie('alimentation', 'Alimentation')],
  organismes: [
    organisme('regional', {
      nom: 'Zèbre régional',
      territoires: { municipalites: 'tout', source: 'https://exemple.org/territoire' },
      telephones: [{ numero: '418 555-0100' }],
      services: [{ id: 'regional-repas', nom: 'Repas', categories: ['alimentation'], cout: { gratuit: true } }],
    }),
    organisme('local', {
      nom: 'Écluse locale',
      territoires: { municipalites: ['jonquiere'], declare_le: '2026-11-29' },
      lieux: [
        { id: 'bureau', adresse: { ville: 'Jonquière' }, coordonnees: { lat: 48.42, lng: -71.25 } },
        { id: 'annexe', adresse: { ville: 'Jonquière' } },
      ],
      services: [
        { id: 'local-logement', nom: 'Logement', categories: ['logement'], lieux: ['bureau'], telephones: [{ numero: '418 555-0111' }] },
        { id: 'local-rural', nom: 'Tournée rurale', categories: ['alimentation', 'logement'], territoires: { municipalites: ['begin', 'larouche'], source: 'projet-commun-2013-2015' } },
      ],
    }),
    organisme('sans-services', { nom: 'Aube', territoires: { municipalites: ['larouche'], source: 'https://exemple.org/aube' }, statut: 'ferme', statut_annee: 2015 }),
  ],
});

describe('directory model', () => {
  it('sorts territories by their order and organisations and categories alphabetically in French', () => {
    expect(directory.territoires.map((entry) => entry.id)).toEqual(['jonquiere', 'begin', 'larouche']);
    expect(directory.organismes.map((entry) => entry.data.nom)).toEqual(['Aube', 'Écluse locale', 'Zèbre régional']);
    expect(directory.categories.map((entry) => entry.id)).toEqual(['alimentation', 'logement']);
  });

  it('expands « tout » to every municipality, and a service may cover other municipalities than its organisation', () => {
    const regional = directory.services.find((item) => item.id === 'regional-repas');
    expect(regional?.territoires).toEqual(['jonquiere', 'begin', 'larouche']);
    expect(regional?.servesWholeTerritory).toBe(true);
    expect(directory.servicesIn('begin').map((item) => item.id).sort()).toEqual(['local-rural', 'regional-repas']);
    expect(directory.servicesIn('jonquiere').map((item) => item.id).sort()).toEqual(['local-logement', 'regional-repas']);
  });

  it('finds the organisations present in a municipality through their own coverage or a service', () => {
    expect(directory.organismesIn('larouche').map((entry) => entry.id).sort()).toEqual(['local', 'regional', 'sans-services']);
    expect(directory.territoiresOf('local').map((entry) => entry.id)).toEqual(['jonquiere', 'begin', 'larouche']);
  });

  it('indexes services by category and gives each organisation its categories', () => {
    expect(directory.servicesFor('alimentation').map((item) => item.id).sort()).toEqual(['local-rural', 'regional-repas']);
    expect(directory.categoriesOf('local').map((entry) => entry.id)).toEqual(['alimentation', 'logement']);
    expect(directory.categoriesOf('sans-services')).toEqual([]);
  });

  it("uses a service's own phones, else its organisation's, and knows what is free", () => {
    const [logement, rural] = directory.servicesOf('local');
    expect(logement?.telephones.map((phone) => phone.numero)).toEqual(['+14185550111']);
    expect(rural?.telephones).toEqual([]);
    expect(directory.servicesOf('regional')[0]?.telephones[0]?.numero).toBe('+14185550100');
    expect(directory.servicesOf('regional')[0]?.gratuit).toBe(true);
    expect(logement?.gratuit).toBeUndefined();
  });

  it('lists every place, with or without coordinates, with the services offered there', () => {
    expect(directory.places.map((place) => [place.id, place.coordonnees !== undefined, place.services.map((item) => item.id)])).toEqual([
      ['local--bureau', true, ['local-logement']],
      ['local--annexe', false, []],
    ]);
  });

  it('marks services of a closed organisation as not active', () => {
    expect(directory.services.every((item) => item.actif)).toBe(true);
    expect(directory.organisme('sans-services')?.data.statut).toBe('ferme');
  });
});

describe('groupByOrganisme', () => {
  it('groups services under their organisation, keeping their order', () => {
    const groups = groupByOrganisme(directory.servicesFor('alimentation'));
    expect(groups.map((group) => [group.organisme.id, group.services.map((item) => item.id)])).toEqual([
      ['local', ['local-rural']],
      ['regional', ['regional-repas']],
    ]);
  });
});

describe('lists for readers', () => {
  it('put organisations a reader can turn to today before closed ones', () => {
    const closed = organisme('ferme', {
      nom: 'Abri fermé',
      statut: 'ferme',
      statut_annee: 2015,
      territoires: { municipalites: 'tout', source: 'https://exemple.org/ferme' },
      services: [{ id: 'ferme-repas', nom: 'Repas', categories: ['alimentation'] }],
    });
    const open = organisme('ouvert', {
      nom: 'Zénith ouvert',
      territoires: { municipalites: 'tout', source: 'https://exemple.org/ouvert' },
      services: [{ id: 'ouvert-repas', nom: 'Repas', categories: ['alimentation'] }],
    });
    const both = buildDirectory({ territoires: [territoire('jonquiere', 'Jonquière', 1)], categories: [categorie('alimentation', 'Alimentation')], organismes: [closed, open] });
    expect(both.organismes.map((entry) => entry.id)).toEqual(['ferme', 'ouvert']);
    expect(groupByOrganisme(both.servicesFor('alimentation')).map((group) => group.organisme.id)).toEqual(['ouvert', 'ferme']);
  });
});
