import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../src/lib/directory';
import { buildActionPlan, helpFor, sortRecits, themesWithRecits } from '../../src/lib/prejuges';
import { categorieSchema } from '../../src/schemas/categorie';
import { organismeSchema } from '../../src/schemas/organisme';
import { prejugeSchema } from '../../src/schemas/prejuge';
import { prioriteSchema } from '../../src/schemas/priorite';
import { recitSchema } from '../../src/schemas/recit';
import { themeSchema } from '../../src/schemas/theme';
import type { Territoire } from '../../src/schemas/territoire';

const entry = <T>(id: string, data: T) => ({ id, data });

const categorie = (id: string) => entry(id, categorieSchema.parse({ id, nom: id, description: 'Description.', icone: 'apple' }));

const organisme = (id: string, statut: string, services: { id: string; categories: string[] }[]) =>
  entry(
    id,
    organismeSchema.parse({
      nom: id,
      statut,
      statut_annee: 2026,
      secteur: 'communautaire',
      territoires: { municipalites: 'tout', source: 'https://exemple.org/territoire' },
      verifie_le: '2026-11-29',
      services: services.map((service) => ({ ...service, nom: service.id })),
    }),
  );

const directory = buildDirectory({
  categories: [categorie('alimentation'), categorie('logement'), categorie('emploi')],
  // Territories play no part here; only the fields the directory reads are given.
  territoires: [entry('jonquiere', { nom: 'Jonquière', ordre: 1 } as Territoire)],
  organismes: [
    organisme('ouvert', 'actif', [
      { id: 'repas', categories: ['alimentation'] },
      { id: 'jardin', categories: ['alimentation', 'logement'] },
    ]),
    organisme('ferme', 'ferme', [{ id: 'ancien-repas', categories: ['alimentation'] }]),
  ],
});

const recit = (id: string, date: string, themes: string[], priorites: string[] = []) =>
  entry(id, recitSchema.parse({ titre: id, date, resume: 'Résumé.', themes, priorites }));

describe('services that help with a myth or a story', () => {
  it('lists the open services of each category, grouped by organisation, in the order the categories are named', () => {
    const sections = helpFor(directory, ['logement', 'alimentation', 'alimentation']);
    expect(sections.map((section) => section.categorie.id)).toEqual(['logement', 'alimentation']);
    const alimentation = sections[1]!;
    expect(alimentation.groups.map((group) => group.organisme.id)).toEqual(['ouvert']);
    expect(alimentation.groups[0]!.services.map((item) => item.id)).toEqual(['repas', 'jardin']);
  });

  it('leaves out categories without an open service and unknown ones', () => {
    expect(helpFor(directory, ['emploi', 'inconnue'])).toEqual([]);
  });
});

describe('stories', () => {
  const recits = [recit('ancien', '2025-01-10', ['a']), recit('nouveau', '2026-03-01', ['a', 'b']), recit('b-meme-jour', '2025-01-10', ['b'])];

  it('come newest first, then by title', () => {
    expect(sortRecits(recits).map((item) => item.id)).toEqual(['nouveau', 'ancien', 'b-meme-jour']);
  });

  it('have one list per theme that has stories', () => {
    const themes = ['a', 'b', 'vide'].map((id) => entry(id, themeSchema.parse({ id, nom: id, description: 'Description.' })));
    const lists = themesWithRecits(themes, recits);
    expect(lists.map((item) => [item.theme.id, item.recits.map((story) => story.id)])).toEqual([
      ['a', ['nouveau', 'ancien']],
      ['b', ['nouveau', 'b-meme-jour']],
    ]);
  });
});

describe('action plan', () => {
  it('puts under each priority, in order, the myths, stories and categories that serve it', () => {
    const priorite = (id: string, ordre: number, categories: string[]) =>
      entry(id, prioriteSchema.parse({ titre: id, enonce: 'Énoncé.', ordre, categories }));
    const prejuge = (id: string, ordre: number, priorites: string[]) =>
      entry(
        id,
        prejugeSchema.parse({ mythe: id, reponse_courte: 'Réponse.', ordre, sources: ['https://exemple.org'], priorites, verifie_le: '2026-11-29' }),
      );
    const plan = buildActionPlan({
      priorites: [priorite('deux', 2, []), priorite('un', 1, ['alimentation', 'inconnue'])],
      prejuges: [prejuge('m2', 2, ['un']), prejuge('m1', 1, ['un', 'deux'])],
      recits: [recit('r1', '2026-01-01', ['a'], ['deux'])],
      directory,
    });
    expect(
      plan.map((item) => ({
        id: item.priorite.id,
        prejuges: item.prejuges.map((x) => x.id),
        recits: item.recits.map((x) => x.id),
        categories: item.categories.map((x) => x.id),
      })),
    ).toEqual([
      { id: 'un', prejuges: ['m1', 'm2'], recits: [], categories: ['alimentation'] },
      { id: 'deux', prejuges: ['m1'], recits: ['r1'], categories: [] },
    ]);
  });
});
