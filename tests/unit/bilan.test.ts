import { describe, expect, it } from 'vitest';
import { buildBilan, change, dataRows, evaluate, isPending, isYearId, previousYearId, repartitionTotal, toCsv, trend } from '../../src/lib/bilan';
import { bilanSchema } from '../../src/schemas/bilan';
import { indicateurSchema, type Indicateur } from '../../src/schemas/indicateur';

const indicateur = (id: string, cible: Indicateur['cible'], ordre: number, ads = false): Indicateur =>
  indicateurSchema.parse({ id, ordre, titre: `Titre ${id}`, description: 'Description.', unite: 'unités', cible, objectif: 'Objectif.', ads });

describe('status against the target', () => {
  it('says « donnée manquante » when there is no value, whatever the target', () => {
    for (const cible of [2, 'maintenir', 'augmenter', 'documenter'] as const) {
      expect(evaluate(cible, undefined, 5)).toEqual({ statut: 'donnee-manquante', motif: 'valeur-manquante' });
    }
  });

  it('reads a numeric target as a yearly threshold, with « en progrès » for a rise below it', () => {
    expect(evaluate(2, 2, undefined).statut).toBe('atteint');
    expect(evaluate(2, 3, 5).statut).toBe('atteint');
    expect(evaluate(2, 1, 0)).toEqual({ statut: 'en-progres', motif: 'hausse-vers-seuil' });
    expect(evaluate(2, 1, 1).statut).toBe('non-atteint');
    expect(evaluate(2, 1, undefined).statut).toBe('non-atteint');
    expect(evaluate(2, 0, undefined).statut).toBe('non-atteint');
  });

  it('reads « maintenir » as at least the previous value', () => {
    expect(evaluate('maintenir', 10, 10).statut).toBe('atteint');
    expect(evaluate('maintenir', 11, 10).statut).toBe('atteint');
    expect(evaluate('maintenir', 9, 10)).toEqual({ statut: 'non-atteint', motif: 'en-baisse' });
  });

  it('reads « augmenter » as strictly more than the previous value', () => {
    expect(evaluate('augmenter', 11, 10).statut).toBe('atteint');
    expect(evaluate('augmenter', 10, 10)).toEqual({ statut: 'non-atteint', motif: 'sans-hausse' });
    expect(evaluate('augmenter', 0, 3).statut).toBe('non-atteint');
  });

  it('cannot judge « maintenir » or « augmenter » without a previous value', () => {
    expect(evaluate('maintenir', 10, undefined)).toEqual({ statut: 'donnee-manquante', motif: 'precedente-manquante' });
    expect(evaluate('augmenter', 10, undefined)).toEqual({ statut: 'donnee-manquante', motif: 'precedente-manquante' });
  });

  it('reads « documenter » as reached once the figure is recorded, zero included', () => {
    expect(evaluate('documenter', 0, undefined)).toEqual({ statut: 'atteint', motif: 'documente' });
  });
});

describe('changes, sums and trends', () => {
  it('computes the change only when both years have a value', () => {
    expect(change(11, 10)).toBe(1);
    expect(change(8, 10)).toBe(-2);
    expect(change(0, 0)).toBe(0);
    expect(change(undefined, 10)).toBeUndefined();
    expect(change(10, undefined)).toBeUndefined();
  });

  it('adds up a women/men/other breakdown', () => {
    expect(repartitionTotal({ femmes: 7, hommes: 4, autres: 1 })).toBe(12);
  });

  it('tells the trend from the first to the last known value, skipping missing years', () => {
    expect(trend([3, undefined, 5])).toBe('hausse');
    expect(trend([5, 4])).toBe('baisse');
    expect(trend([4, undefined, 4])).toBe('stable');
    expect(trend([undefined, 4])).toBe('indeterminee');
    expect(trend([])).toBe('indeterminee');
  });

  it('knows year ids and the year before', () => {
    expect(isYearId('2015-2016')).toBe(true);
    expect(isYearId('2015-2017')).toBe(false);
    expect(isYearId('2015')).toBe(false);
    expect(previousYearId('2014-2015')).toBe('2013-2014');
    expect(previousYearId('portrait-2011')).toBeUndefined();
  });
});

describe('the bilan model', () => {
  const indicateurs = [indicateur('projets', 2, 2), indicateur('rencontres', 'maintenir', 1), indicateur('citoyens', 'augmenter', 3, true)];
  const annee = (data: unknown) => bilanSchema.parse(data);
  const model = buildBilan(indicateurs, [
    {
      id: '2014-2015',
      data: annee({
        exemple: true,
        valeurs: { rencontres: { valeur: 9 }, projets: { valeur: 1 }, citoyens: { valeur: 12, repartition: { femmes: 7, hommes: 4, autres: 1 } } },
      }),
    },
    { id: '2013-2014', data: annee({ valeurs: { rencontres: { valeur: 10 }, projets: null, citoyens: { valeur: 8 } } }) },
    { id: '2016-2017', data: annee({ valeurs: { rencontres: { valeur: 12 } } }) },
  ]);

  it('orders years by date and indicators by their position', () => {
    expect(model.annees.map((annee) => annee.id)).toEqual(['2013-2014', '2014-2015', '2016-2017']);
    expect(model.indicateurs.map((item) => item.id)).toEqual(['rencontres', 'projets', 'citoyens']);
  });

  it('compares each year with the year just before, and with nothing across a gap', () => {
    const [first, second, third] = model.annees;
    expect(first?.mesures[0]).toMatchObject({ valeur: 10, precedente: undefined, statut: 'donnee-manquante', motif: 'precedente-manquante' });
    expect(second?.comparee).toBe('2013-2014');
    expect(second?.mesures[0]).toMatchObject({ valeur: 9, precedente: 10, variation: -1, statut: 'non-atteint' });
    expect(second?.mesures[2]).toMatchObject({ valeur: 12, variation: 4, statut: 'atteint', repartition: { femmes: 7, hommes: 4, autres: 1 } });
    expect(third?.comparee).toBeUndefined();
    expect(third?.precedente).toBe('2014-2015');
    expect(third?.mesures[0]).toMatchObject({ valeur: 12, precedente: undefined, statut: 'donnee-manquante' });
  });

  it('keeps a missing value missing, never zero', () => {
    const projets = model.annees[0]?.mesures[1];
    expect(projets?.valeur).toBeUndefined();
    expect(projets?.statut).toBe('donnee-manquante');
    expect(model.annees[1]?.mesures[1]).toMatchObject({ valeur: 1, variation: undefined, statut: 'non-atteint' });
  });

  it('counts statuses per year and marks the model as sample data when one year is', () => {
    expect(model.annees[1]?.parStatut).toEqual({ atteint: 1, 'en-progres': 0, 'non-atteint': 2, 'donnee-manquante': 0 });
    expect(model.exemple).toBe(true);
    expect(model.series[0]?.tendance).toBe('hausse');
    expect(model.series[0]?.derniere?.annee).toBe('2016-2017');
  });

  it('writes open-data rows with empty cells for missing values and a sample-data column', () => {
    const rows = dataRows(model);
    expect(rows).toHaveLength(9);
    const csv = toCsv(rows);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('annee,donnees_exemple,indicateur,titre,unite,cible,valeur,femmes,hommes,autres,variation,statut');
    expect(lines).toContain('2013-2014,non,projets,Titre projets,unités,2,,,,,,donnee-manquante');
    expect(lines).toContain('2014-2015,oui,citoyens,Titre citoyens,unités,augmenter,12,7,4,1,4,atteint');
  });

  it('quotes CSV cells holding commas or quotes', () => {
    const [row] = dataRows(buildBilan([{ ...indicateur('x', 'documenter', 1), titre: 'Alliances, « nouvelles » "ici"' }], [{ id: '2013-2014', data: annee({ valeurs: { x: { valeur: 2 } } }) }]));
    expect(toCsv([row!])).toContain('"Alliances, « nouvelles » ""ici"""');
  });
});

describe('a year created by npm run bilan:nouveau and not filled in yet', () => {
  const definitions = [indicateur('rencontres', 'maintenir', 1), indicateur('citoyens', 'augmenter', 2, true)];
  const pending = bilanSchema.parse({ exemple: false, valeurs: { rencontres: { valeur: null }, citoyens: { valeur: null, repartition: { femmes: null, hommes: null, autres: null } } }, alliances: [], notes: null });
  const filled = { id: '2013-2014', data: bilanSchema.parse({ valeurs: { rencontres: { valeur: 10 }, citoyens: { valeur: 3 } } }) };
  const pendingModel = buildBilan(definitions, [filled, { id: '2014-2015', data: pending }]);

  it('is « à venir » while nothing is written, and no longer once one figure, item or note is', () => {
    expect(isPending(pending)).toBe(true);
    expect(pendingModel.annees.map((year) => year.aVenir)).toEqual([false, true]);
    expect(isPending({ ...pending, valeurs: { rencontres: { valeur: 0 } } })).toBe(false);
    expect(isPending({ ...pending, notes: 'Chiffres attendus en juin.' })).toBe(false);
    expect(isPending({ ...pending, alliances: [{ titre: 'Alliance', partenaires: [] }] })).toBe(false);
  });

  it('stays out of the series, the charts and the open data, which keep the measured years', () => {
    expect(pendingModel.series.map((serie) => serie.mesures.map((mesure) => mesure.annee))).toEqual([['2013-2014'], ['2013-2014']]);
    expect(pendingModel.series[0]?.derniere?.annee).toBe('2013-2014');
    expect(dataRows(pendingModel).map((row) => row.annee)).toEqual(['2013-2014', '2013-2014']);
  });
});
