import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildDirectory, type DirectoryInput } from '../../src/lib/directory';
import { numeroHref } from '../../src/lib/numeros';
import { siteContent } from '../support/content';
import { brokenInternalLinks, listFiles, readPage, text } from '../support/dist';

const siteDir = inject('siteDir');
/** The content the tests own (tests/fixtures/site): here they may count and name anything. */
const content = siteContent();
const directory = buildDirectory(content as unknown as DirectoryInput);
const pages = listFiles(siteDir, '.html');
const ORIGIN = 'https://tlpj.example.org';

describe('pages of the built site', () => {
  it('has a profile page for every partner, titled with its name', () => {
    expect(content.organismes.length).toBe(7);
    for (const organisme of content.organismes) {
      const $ = readPage(siteDir, `organismes/${organisme.id}`);
      expect($('h1').first().text().trim()).toBe(organisme.data.nom);
    }
  });

  it('has a page for each of the six territories', () => {
    expect(content.territoires.map((entry) => entry.id).sort()).toEqual(
      ['begin', 'jonquiere', 'lac-kenogami', 'larouche', 'saint-ambroise', 'saint-charles-de-bourget'],
    );
    for (const territoire of content.territoires) {
      expect(readPage(siteDir, `territoire/${territoire.id}`)('h1').text().trim()).toBe(territoire.data.nom);
    }
  });

  it('lists on each municipality page exactly what the model computes: the confirmed partners, then those to be confirmed', () => {
    for (const territoire of directory.territoires) {
      const $ = readPage(siteDir, `territoire/${territoire.id}`);
      const section = (id: string) =>
        $(`section[aria-labelledby="${id}"] .card h3 a`)
          .map((_, link) => $(link).attr('href'))
          .get();
      const expected = (confirmed: boolean) =>
        directory
          .municipalityList(territoire.id)
          .filter((item) => item.confirmed === confirmed)
          .map((item) => `/organismes/${item.organisme.id}/`);
      expect(section('services-confirmes'), territoire.id).toEqual(expected(true));
      expect(section('territoire-a-confirmer'), territoire.id).toEqual(expected(false));
    }
  });

  it('shows a whole-territory service in every municipality, and a local one only where it is offered', () => {
    const saintAmbroise = text(readPage(siteDir, 'territoire/saint-ambroise'));
    const jonquiere = text(readPage(siteDir, 'territoire/jonquiere'));
    expect(saintAmbroise).toContain('Collège fictif de Jonquière');
    expect(saintAmbroise).toContain('Centre rural fictif');
    expect(jonquiere).toContain('Collège fictif de Jonquière');
    expect(jonquiere).not.toContain('Centre rural fictif');
  });

  it('lists a partner as confirmed in a municipality only when a source states its area there', () => {
    for (const territoire of directory.territoires) {
      const $ = readPage(siteDir, `territoire/${territoire.id}`);
      const confirmed = $('section[aria-labelledby="services-confirmes"] .card h3 a')
        .map((_, link) => $(link).attr('href')?.split('/')[2])
        .get();
      for (const id of confirmed) {
        const { data } = directory.organisme(id)!;
        const stated = [data.territoires, ...data.services.map((service) => service.territoires)].filter(
          (area) => area !== undefined && (area.municipalites === 'tout' || area.municipalites.includes(territoire.id)),
        );
        expect(stated.length, `${territoire.id}: ${id}`).toBeGreaterThan(0);
        expect(stated.every((area) => area!.source !== undefined || area!.declare_le !== undefined), `${territoire.id}: ${id}`).toBe(true);
      }
    }
  });

  it('puts the services of a municipality before its census facts', () => {
    for (const territoire of directory.territoires) {
      const html = readFileSync(join(siteDir, `territoire/${territoire.id}/index.html`), 'utf8');
      expect(html.indexOf('id="services-confirmes"'), territoire.id).toBeGreaterThan(0);
      expect(html.indexOf('id="services-confirmes"'), territoire.id).toBeLessThan(html.indexOf('id="en-bref"'));
    }
  });

  it('has no internal link to a missing page or file', () => {
    expect(brokenInternalLinks(siteDir, pages, ORIGIN)).toEqual([]);
  });

  it('gives every page the fr-CA language, a title and a meta description of its own', () => {
    const descriptions = new Map<string, string>();
    for (const page of pages) {
      const $ = readPage(siteDir, page);
      expect($('html').attr('lang'), page).toBe('fr-CA');
      expect($('title').text().length, page).toBeGreaterThan(3);
      const description = $('meta[name="description"]').attr('content') ?? '';
      expect(description.length, page).toBeGreaterThan(30);
      const other = descriptions.get(description);
      expect(other, `${page} a la même description que ${other}`).toBeUndefined();
      descriptions.set(description, page);
    }
  });

  it('has one skip link to the main landmark, a banner, a navigation and a footer on every page', () => {
    for (const page of pages) {
      const $ = readPage(siteDir, page);
      expect($('a.skip-link').attr('href'), page).toBe('#contenu');
      expect($('main#contenu').length, page).toBe(1);
      expect($('header').length, page).toBeGreaterThan(0);
      expect($('nav').length, page).toBeGreaterThan(0);
      expect($('footer').length, page).toBe(1);
      expect($('h1').length, page).toBe(1);
    }
  });

  it('has a 404 page', () => {
    expect(existsSync(join(siteDir, '404.html'))).toBe(true);
    expect(readPage(siteDir, '404.html')('h1').text()).toBe('Page introuvable');
  });

  it('puts the help numbers of content/numeros-utiles.yaml on the home page, as phone links, in their order', () => {
    const $ = readPage(siteDir, '');
    const numbers = $('.emergency li[data-numero] a[href^="tel:"]').map((_, link) => $(link).attr('href')).get();
    const expected = [...content.numeros].sort((a, b) => a.data.ordre - b.data.ordre).map(({ data }) => numeroHref(data.numero));
    expect(expected.length).toBeGreaterThan(0);
    expect(numbers).toEqual(expected);
  });

  it('requests nothing from another host on page load', () => {
    for (const page of pages) {
      const $ = readPage(siteDir, page);
      const external = $('script[src], link[rel="stylesheet"], img[src], link[rel="preload"], iframe')
        .map((_, element) => $(element).attr('src') ?? $(element).attr('href'))
        .get()
        .filter((url) => /^(https?:)?\/\//.test(url));
      expect(external, page).toEqual([]);
    }
  });
});

describe('directory and members lists', () => {
  it('links every partner from the directory page, without JavaScript', () => {
    const $ = readPage(siteDir, 'organismes');
    const linked = new Set($('main a').map((_, link) => $(link).attr('href')).get());
    for (const organisme of content.organismes) expect(linked, organisme.id).toContain(`/organismes/${organisme.id}/`);
    expect($('script').length).toBe(0);
  });

  it('lists every partner and the members without services on the Table page', () => {
    const $ = readPage(siteDir, 'la-table');
    const members = $('#membres ~ ul li').map((_, item) => $(item).text().trim()).get();
    for (const organisme of content.organismes) expect(members).toContain(organisme.data.nom);
    expect(members).toEqual(expect.arrayContaining(['Bureau du député fictif', 'Citoyens intéressés']));
    expect(members.length).toBe(content.organismes.length + 2);
  });

  it('keeps the members without services out of the directory', () => {
    expect(text(readPage(siteDir, 'organismes'))).not.toContain('Bureau du député');
  });

  it('ships a print stylesheet that hides the navigation', () => {
    const $ = readPage(siteDir, 'organismes/maison-du-quartier-fictive');
    const css = $('link[rel="stylesheet"]')
      .map((_, link) => readFileSync(join(siteDir, ($(link).attr('href') ?? '').replace(/^\//, '')), 'utf8'))
      .get()
      .join('\n') + $('style').text();
    expect(css).toMatch(/@media print\{[^@]*\.site-header[^{]*\{display:none!important/);
  });
});

describe('one page per need', () => {
  it('lists on each need page exactly the partners offering it, and says so when none does', () => {
    // The fixture has needs that no one offers (transport…), so that both cases are seen.
    expect(content.categories.filter((categorie) => !content.organismes.some(({ data }) => data.services.some((service) => service.categories.includes(categorie.id)))).length).toBeGreaterThan(0);
    for (const categorie of content.categories) {
      const expected = content.organismes
        .filter(({ data }) => data.services.some((service) => service.categories.includes(categorie.id)))
        .map((organisme) => `/organismes/${organisme.id}/`)
        .sort();
      const $ = readPage(siteDir, `organismes/besoin/${categorie.id}`);
      expect($('h1').text().trim(), categorie.id).toBe(categorie.data.nom);
      const listed = $('main .card :is(h2, h3) a').map((_, link) => $(link).attr('href')).get().sort();
      expect(listed, categorie.id).toEqual(expected);
      if (expected.length === 0) expect(text($), categorie.id).toContain('Aucun service de ce type');
    }
  });

  it('links each need of the home page and of the services to its page', () => {
    const $ = readPage(siteDir, '');
    const tiles = $('#par-besoin ~ ul a, #par-besoin + ul a, section[aria-labelledby="par-besoin"] a.tile').map((_, link) => $(link).attr('href')).get();
    expect(tiles.length).toBeGreaterThan(5);
    for (const href of tiles) expect(href).toMatch(/^\/organismes\/besoin\/[a-z-]+\/$/);
  });
});

describe('document outline', () => {
  it('never skips a heading level going down, on any page', () => {
    const skips: string[] = [];
    for (const page of pages) {
      const $ = readPage(siteDir, page);
      let previous = 0;
      $('h1, h2, h3, h4, h5, h6').each((_, heading) => {
        const level = Number(heading.tagName.slice(1));
        if (level > previous + 1) skips.push(`${page}: h${previous} → h${level} « ${$(heading).text().trim().slice(0, 40)} »`);
        previous = level;
      });
    }
    expect(skips).toEqual([]);
  });
});
