import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isPending } from '../../src/lib/bilan';
import { siteContent } from '../support/content';
import { listFiles, readPage, text } from '../support/dist';

const siteDir = inject('siteDir');
const content = siteContent();
const indicateurs = [...content.indicateurs].sort((a, b) => a.data.ordre - b.data.ordre);
const annees = [...content.bilans].sort((a, b) => a.id.localeCompare(b.id));
/** Years with figures; the fixture's last year is as `npm run bilan:nouveau` writes it, not filled in. */
const measured = annees.filter((annee) => !isPending(annee.data));
const bilanPages = listFiles(siteDir, '.html').filter((page) => page.startsWith('bilan/'));
const yearPages = annees.map((annee) => `bilan/${annee.id}/index.html`);
const indicatorPages = indicateurs.map((indicateur) => `bilan/indicateurs/${indicateur.id}/index.html`);

describe('bilan pages', () => {
  it('has the overview, one page per year and one per indicator, and nothing else', () => {
    expect(annees.map((annee) => annee.id)).toEqual(['2013-2014', '2014-2015', '2015-2016']);
    expect(measured.map((annee) => annee.id)).toEqual(['2013-2014', '2014-2015']);
    expect(indicateurs.length).toBe(5);
    expect(bilanPages.sort()).toEqual(['bilan/index.html', ...yearPages, ...indicatorPages].sort());
  });

  it('says « données d’exemple » visibly on every page built from a sample year', () => {
    expect(measured.every((annee) => annee.data.exemple)).toBe(true);
    for (const page of bilanPages.filter((file) => file !== 'bilan/2015-2016/index.html')) {
      const $ = readPage(siteDir, page);
      const banner = $('main .notice--example');
      expect(banner.length, page).toBe(1);
      expect(banner.text(), page).toMatch(/Données d’exemple/);
    }
  });

  it('shows a year not filled in yet as « données à venir », with what will be measured and no figure', () => {
    const $ = readPage(siteDir, 'bilan/2015-2016');
    expect($('h1').text()).toBe('Bilan 2015–2016');
    expect(text($, 'main .notice')).toMatch(/^Données à venir : /);
    expect($('main .notice--example').length).toBe(0);
    expect($('#indicateurs ~ ul a').map((_, link) => $(link).attr('href')).get()).toEqual(indicateurs.map((indicateur) => `/bilan/indicateurs/${indicateur.id}/`));
    expect(text($)).not.toMatch(/donnée manquante|Atteint|En bref/);
    expect($('main svg').length).toBe(0);
    expect($('meta[name="description"]').attr('content')).toContain('données à venir');
    const overview = readPage(siteDir, 'bilan');
    const card = overview('#annees ~ ul li.card').filter((_, item) => overview(item).find('a[href="/bilan/2015-2016/"]').length > 0);
    expect(text(overview, card as never)).toContain('Données à venir');
    expect(card.find('.status-counts').length).toBe(0);
  });

  it('ships no JavaScript on bilan pages', () => {
    for (const page of bilanPages) {
      expect(readPage(siteDir, page)('script').length, page).toBe(0);
    }
  });

  it('puts the key figures first on a year page, then every indicator with value, target, change and status', () => {
    const $ = readPage(siteDir, 'bilan/2014-2015');
    expect($('main h2').first().text()).toBe('En bref');
    const articles = $('main article.indicator');
    expect(articles.map((_, article) => $(article).attr('id')).get()).toEqual(indicateurs.map((indicateur) => indicateur.id));
    const rencontres = text($, '#rencontres');
    expect(rencontres).toContain('11 rencontres');
    expect(rencontres).toContain('Maintenir');
    expect(rencontres).toContain('+1 par rapport à 2013–2014');
    expect(rencontres).toContain('Atteint');
  });

  it('shows a missing value as « donnée manquante », never as zero', () => {
    const $ = readPage(siteDir, 'bilan/2014-2015');
    const lieux = $('#lieux-echange');
    expect(lieux.find('dd.is-missing').text().trim()).toBe('donnée manquante');
    expect(text($, '#lieux-echange')).not.toMatch(/\b0 lieux/);
  });

  it('draws the ADS breakdown with patterns, a text alternative and its figures', () => {
    const $ = readPage(siteDir, 'bilan/2014-2015');
    const svg = $('#participation-citoyenne svg.chart--breakdown');
    expect(svg.attr('role')).toBe('img');
    expect(svg.find('desc').text()).toBe('Répartition : 7 femmes, 4 hommes, 1 autres.');
    expect(svg.find('pattern').length).toBe(2);
    expect(text($, '#participation-citoyenne .legend')).toContain('Femmes : 7');
  });

  it('lists the documented items and the notes of the year', () => {
    const $ = readPage(siteDir, 'bilan/2014-2015');
    expect($('#alliances + ul.items > li').length).toBe(2);
    expect($('#projets-communs + ul.items > li').length).toBe(2);
    expect(text($, 'main')).toContain('Aucun élément documenté cette année.');
    expect(text($, 'main')).toContain('Notes');
  });

  it('gives every chart role="img", a title and a description it points to, and a data table beside it', () => {
    for (const page of ['bilan/index.html', ...indicatorPages]) {
      const $ = readPage(siteDir, page);
      const charts = $('main svg.chart:not(.chart--breakdown)');
      expect(charts.length, page).toBeGreaterThan(0);
      charts.each((_, chart) => {
        const svg = $(chart);
        expect(svg.attr('role'), page).toBe('img');
        const [titleId, descId] = (svg.attr('aria-labelledby') ?? '').split(' ');
        expect(svg.find(`title#${titleId}`).text().length, page).toBeGreaterThan(3);
        expect(svg.find(`desc#${descId}`).text(), page).toMatch(/2013–2014, /);
        expect(svg.closest('.chart-with-table').find('table caption').length, page).toBe(1);
      });
    }
  });

  it('shows each indicator over the years with its status', () => {
    const $ = readPage(siteDir, 'bilan/indicateurs/projets-communs');
    expect($('h1').text()).toBe('Projets communs');
    expect($('svg .chart__target').text()).toContain('Cible : 2');
    const rows = $('table.data-table tbody tr').map((_, row) => text($, row as never)).get();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/2013–2014.*1.*Non atteint/);
    expect(rows[1]).toMatch(/2014–2015.*2.*\+1.*Atteint/);
  });

  it('gives the 2011 portrait figures with their source', () => {
    const $ = readPage(siteDir, 'bilan');
    const portrait = text($, '#portrait-2011 ~ .table-scroll');
    for (const figure of ['44,8', '53,3', '72,8', '64', '39,2', '22']) expect(portrait).toContain(`${figure} %`);
    expect(text($, 'main')).toMatch(/pages 44 et 51/);
  });

  it('links the open data from every bilan page and has « Bilan » in the menu', () => {
    for (const page of bilanPages) {
      const $ = readPage(siteDir, page);
      expect($('a[href="/bilan/indicateurs.csv"]').length, page).toBe(1);
      expect($('a[href="/bilan/indicateurs.json"]').length, page).toBe(1);
    }
    expect(readPage(siteDir, '')('.site-nav a[href="/bilan/"]').text()).toBe('Bilan');
  });
});

describe('bilan open data', () => {
  const csv = readFileSync(join(siteDir, 'bilan/indicateurs.csv'), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = csv.trim().split('\r\n').map((line) => line.split(','));
  const json = JSON.parse(readFileSync(join(siteDir, 'bilan/indicateurs.json'), 'utf8')) as {
    donnees_exemple: boolean;
    avertissement: string;
    indicateurs: { id: string }[];
    valeurs: { annee: string; indicateur: string; valeur: number | null; femmes: number | null; donnees_exemple: boolean }[];
  };
  const column = (name: string) => header!.indexOf(name);

  it('has one CSV row and one JSON value per indicator and year, matching the YAML', () => {
    // A year not filled in yet has no figure to publish.
    expect(rows).toHaveLength(measured.length * indicateurs.length);
    expect(json.valeurs).toHaveLength(rows.length);
    for (const annee of measured) {
      for (const indicateur of indicateurs) {
        const expected = annee.data.valeurs[indicateur.id]?.valeur;
        const row = rows.find((cells) => cells[column('annee')] === annee.id && cells[column('indicateur')] === indicateur.id);
        expect(row?.[column('valeur')], `${annee.id} ${indicateur.id}`).toBe(expected === undefined ? '' : String(expected));
        const value = json.valeurs.find((item) => item.annee === annee.id && item.indicateur === indicateur.id);
        expect(value?.valeur, `${annee.id} ${indicateur.id}`).toBe(expected ?? null);
      }
    }
    const participation = json.valeurs.find((item) => item.annee === '2014-2015' && item.indicateur === 'participation-citoyenne');
    expect(participation?.femmes).toBe(7);
  });

  it('flags sample data in every row and in the JSON header', () => {
    expect(rows.every((cells) => cells[column('donnees_exemple')] === 'oui')).toBe(true);
    expect(json.valeurs.every((item) => item.donnees_exemple)).toBe(true);
    expect(json.donnees_exemple).toBe(true);
    expect(json.avertissement).toMatch(/^Données d’exemple/);
    expect(json.indicateurs.map((item) => item.id)).toEqual(indicateurs.map((indicateur) => indicateur.id));
  });
});
