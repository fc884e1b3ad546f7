import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { siteContent } from '../support/content';
import { readPage, text } from '../support/dist';
import { TEST_BASE } from '../support/global-setup';

const siteDir = inject('siteDir');
const siteDirWithBase = inject('siteDirWithBase');
const content = siteContent();
const ORIGIN = 'https://tlpj.example.org';

const clean = (value: string) => value.replace(/\s+/g, ' ').trim();
const hrefs = ($: CheerioAPI, selector: string) => $(selector).map((_, link) => $(link).attr('href')).get();
const byDateDesc = <T extends { data: { date: Date; titre: string } }>(a: T, b: T) =>
  b.data.date.getTime() - a.data.date.getTime() || a.data.titre.localeCompare(b.data.titre, 'fr-CA');

/**
 * What a page that names these categories must list: for each category, every open partner with a
 * service of that category. Computed here from the raw content, not with the site's own helper.
 */
function expectedHelp(categories: string[]): Record<string, string[]> {
  const expected: Record<string, string[]> = {};
  for (const categorie of new Set(categories)) {
    const organismes = content.organismes
      // Left out only when a source says it is closed: an unknown status is not a closure.
      .filter(({ data }) => data.statut !== 'ferme' && data.statut !== 'ferme-temporairement' && data.services.some((service) => service.categories.includes(categorie)))
      .map(({ id }) => `/organismes/${id}/`)
      .sort();
    if (organismes.length > 0) expected[categorie] = organismes;
  }
  return expected;
}

function listedHelp($: CheerioAPI): Record<string, string[]> {
  const listed: Record<string, string[]> = {};
  $('section[data-categorie]').each((_, section) => {
    listed[$(section).attr('data-categorie') ?? ''] = hrefs($, `section[data-categorie="${$(section).attr('data-categorie')}"] .card h4 a`).sort();
  });
  return listed;
}

describe('myths and facts', () => {
  it('has every myth on its own page titled with the myth', () => {
    expect(content.prejuges.map((prejuge) => prejuge.id).sort()).toEqual(['paresse', 'pas-chez-nous', 'prejuges-sans-effet']);
    for (const prejuge of content.prejuges) {
      const $ = readPage(siteDir, `prejuges/${prejuge.id}`);
      expect(clean($('h1').text()), prejuge.id).toBe(prejuge.data.mythe);
      expect($('meta[name="description"]').attr('content')).toBe(prejuge.data.reponse_courte);
    }
  });

  it('shows every source as a link and the verification date', () => {
    for (const prejuge of content.prejuges) {
      const $ = readPage(siteDir, `prejuges/${prejuge.id}`);
      expect(hrefs($, '.sources li a'), prejuge.id).toEqual(prejuge.data.sources.map((source) => source.url));
      expect(text($, '.sources'), prejuge.id).toContain('Renseignements vérifiés le');
    }
  });

  it('shows every figure with its year, or says plainly that the year is to be confirmed', () => {
    let dated = 0;
    let undated = 0;
    for (const prejuge of content.prejuges) {
      const $ = readPage(siteDir, `prejuges/${prejuge.id}`);
      const figures = $('li.figure').map((_, item) => clean($(item).text())).get();
      expect(figures.length, prejuge.id).toBe(prejuge.data.chiffres.length);
      prejuge.data.chiffres.forEach((chiffre, index) => {
        const year = chiffre.annee === undefined ? 'Année à confirmer' : `En ${chiffre.annee}`;
        if (chiffre.annee !== undefined) dated += 1;
        else undated += 1;
        expect(figures[index], prejuge.id).toContain(`${year} : ${clean(chiffre.texte)}`);
      });
    }
    expect([dated, undated]).toEqual([5, 1]);
  });

  it('lists the myths as questions that open to their short answer without JavaScript', () => {
    const $ = readPage(siteDir, 'prejuges');
    const ordered = [...content.prejuges].sort((a, b) => a.data.ordre - b.data.ordre);
    const details = $('details.myth');
    expect(details.length).toBe(ordered.length);
    ordered.forEach((prejuge, index) => {
      const item = details.eq(index);
      expect(clean(item.children('summary').text())).toBe(prejuge.data.mythe);
      expect(clean(item.text())).toContain(clean(prejuge.data.reponse_courte));
      expect(item.find('a').attr('href')).toBe(`/prejuges/${prejuge.id}/`);
    });
    expect($('script').length).toBe(0);
  });

  it('explains why prejudice hurts, with the Charter and a link to the sourced facts', () => {
    const $ = readPage(siteDir, 'prejuges');
    expect(text($, '#pourquoi')).toBe('Pourquoi les préjugés font mal');
    const intro = text($, 'section[aria-labelledby="pourquoi"]');
    expect(intro).toContain('« condition sociale » (article 10)');
    expect(hrefs($, 'section[aria-labelledby="pourquoi"] a')).toContain('/prejuges/prejuges-sans-effet/');
  });

  it('links each myth to the open services of its categories', () => {
    for (const prejuge of content.prejuges) {
      const $ = readPage(siteDir, `prejuges/${prejuge.id}`);
      expect(listedHelp($), prejuge.id).toEqual(expectedHelp(prejuge.data.categories));
    }
    expect(Object.keys(listedHelp(readPage(siteDir, 'prejuges/pas-chez-nous')))).toEqual(['alimentation']);
  });
});

describe('stories', () => {
  it('lists every story newest first, and marks examples as such', () => {
    expect(content.recits.length).toBeGreaterThan(0);
    const $ = readPage(siteDir, 'recits');
    const expected = [...content.recits].sort(byDateDesc).map((recit) => `/recits/${recit.id}/`);
    expect(hrefs($, '.recits h2 a')).toEqual(expected);
    for (const recit of content.recits.filter((entry) => entry.data.exemple)) {
      expect(text(readPage(siteDir, `recits/${recit.id}`), '.notice'), recit.id).toContain('Ceci est un exemple');
    }
  });

  it('has one page per theme with stories, listing exactly that theme’s stories', () => {
    for (const theme of content.themes) {
      const recits = content.recits.filter((recit) => recit.data.themes.includes(theme.id)).sort(byDateDesc);
      if (recits.length === 0) continue;
      const $ = readPage(siteDir, `recits/themes/${theme.id}`);
      expect(hrefs($, '.recits h2 a'), theme.id).toEqual(recits.map((recit) => `/recits/${recit.id}/`));
      expect(hrefs(readPage(siteDir, 'recits'), 'nav a')).toContain(`/recits/themes/${theme.id}/`);
    }
  });

  it('links each story to its myths, its priorities and the open services of its categories', () => {
    for (const recit of content.recits) {
      const $ = readPage(siteDir, `recits/${recit.id}`);
      const links = hrefs($, 'article a');
      for (const id of recit.data.prejuges) expect(links, recit.id).toContain(`/prejuges/${id}/`);
      for (const id of recit.data.priorites) expect(links, recit.id).toContain(`/plan-action/#priorite-${id}`);
      expect(listedHelp($), recit.id).toEqual(expectedHelp(recit.data.categories));
    }
  });

  it('publishes an RSS feed, valid XML listing every story, linked from every page', () => {
    for (const [dir, base] of [
      [siteDir, '/'],
      [siteDirWithBase, TEST_BASE],
    ] as const) {
      const $ = load(readFileSync(join(dir, 'recits/rss.xml'), 'utf8'), { xml: true });
      expect($('rss').attr('version')).toBe('2.0');
      expect($('rss > channel > title').text()).toBe('Récits de la TLPJ');
      const items = $('rss > channel > item');
      expect(items.length).toBe(content.recits.length);
      const links = items.map((_, item) => $(item).children('link').text()).get().sort();
      expect(links).toEqual(content.recits.map((recit) => `${ORIGIN}${base}recits/${recit.id}/`).sort());
      items.each((_, item) => {
        expect(Number.isNaN(Date.parse($(item).children('pubDate').text()))).toBe(false);
      });
      const home = readPage(dir, '');
      expect(home('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(`${base}recits/rss.xml`);
    }
  });
});

describe('pages without JavaScript, indexed by the search', () => {
  it('gives myth and story pages no script and one searchable main content', () => {
    const pages = [...content.prejuges.map((entry) => `prejuges/${entry.id}`), ...content.recits.map((entry) => `recits/${entry.id}`)];
    for (const page of pages) {
      const $ = readPage(siteDir, page);
      expect($('script:not([type="application/ld+json"])').length, page).toBe(0);
      expect($('main [data-pagefind-body]').length, page).toBe(1);
    }
  });
});

describe('the action plan', () => {
  it('shows the priorities in order, each with the myths and stories that serve it', () => {
    expect(content.priorites.length).toBe(3);
    const $ = readPage(siteDir, 'plan-action');
    const ordered = [...content.priorites].sort((a, b) => a.data.ordre - b.data.ordre);
    expect($('section.priority').map((_, section) => $(section).attr('id')).get()).toEqual(ordered.map((entry) => `priorite-${entry.id}`));
    for (const priorite of ordered) {
      const links = hrefs($, `#priorite-${priorite.id} a`);
      const prejuges = content.prejuges.filter((entry) => entry.data.priorites.includes(priorite.id)).map((entry) => `/prejuges/${entry.id}/`);
      const recits = content.recits.filter((entry) => entry.data.priorites.includes(priorite.id)).map((entry) => `/recits/${entry.id}/`);
      const categories = priorite.data.categories.map((id) => `/organismes/besoin/${id}/`);
      expect(links.sort(), priorite.id).toEqual([...prejuges, ...recits, ...categories].sort());
      expect(text($, `#priorite-${priorite.id}`)).toContain(priorite.data.enonce);
    }
  });

  it('is reachable from the footer, and the myths from the main menu', () => {
    const $ = readPage(siteDir, '');
    expect(hrefs($, 'header nav a')).toContain('/prejuges/');
    expect(hrefs($, 'footer nav a')).toEqual(expect.arrayContaining(['/plan-action/', '/recits/', '/prejuges/']));
  });
});

describe('a build with a first-person story without consent', () => {
  const result = buildSite({ name: 'contenu-prejuges-invalide', env: { CONTENT_DIR: 'tests/fixtures/contenu-prejuges-invalide' } });

  it('fails, naming the file and the field in French', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('10 erreurs dans le contenu');
    expect(result.output).toMatch(/recits\/sans-consentement\.mdx:\d+ — consentement — récit à la première personne sans consentement/);
    expect(result.output).toMatch(/recits\/references-inconnues\.mdx:\d+ — prejuges n° 1 — préjugé inconnu « mythe-inexistant »/);
  });
});
