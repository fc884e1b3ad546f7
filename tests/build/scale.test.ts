/**
 * The directory at a larger scale than the real one: lists that grow with the directory are cut into
 * pages or previews, so that no page grows with the number of organisations but the ones meant to.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { buildDirectory, LIST_PAGE_SIZE, SECTION_PREVIEW, type DirectoryInput } from '../../src/lib/directory';
import { MAP_PAGE_LIST_LIMIT } from '../../src/lib/map';
import { projectRoot } from '../support/build-site';
import { listFiles, pagePath, readPage } from '../support/dist';
import { SCALE_CONTENT_DIR, SCALE_ORGANISATIONS as ORGANISATIONS } from '../support/scale-site';

const build = { outDir: inject('scaleSiteDir') };
const generated = checkContent(SCALE_CONTENT_DIR, { root: projectRoot });
const generatedDirectory = buildDirectory(generated.content as unknown as DirectoryInput);

describe(`a directory of ${ORGANISATIONS} organisations`, () => {
  it('is valid content, built (the global setup fails otherwise)', () => {
    expect(generated.errors).toEqual([]);
    expect(listFiles(build.outDir, '.html').length).toBeGreaterThan(ORGANISATIONS);
  });

  it(`cuts each need into pages of ${LIST_PAGE_SIZE} organisations, which together list every one offering it`, () => {
    const pages = listFiles(build.outDir, '.html');
    let paginated = 0;
    for (const categorie of generated.content.categories) {
      const expected = generated.content.organismes
        .filter(({ data }) => data.services.some((service) => service.categories.includes(categorie.id)))
        .map((organisme) => `/organismes/${organisme.id}/`)
        .sort();
      const own = pages.filter((page) => page.startsWith(`organismes/besoin/${categorie.id}/`));
      expect(own.length, categorie.id).toBe(Math.max(1, Math.ceil(expected.length / LIST_PAGE_SIZE)));
      if (own.length > 1) paginated += 1;
      const listed = own.flatMap((page) => {
        const $ = readPage(build.outDir, page);
        const links = $('main .card :is(h2, h3) a').map((_, link) => $(link).attr('href')).get();
        expect(links.length, page).toBeLessThanOrEqual(LIST_PAGE_SIZE);
        return links;
      });
      expect(listed.sort(), categorie.id).toEqual(expected);
    }
    expect(paginated).toBeGreaterThan(0);
  });

  it(`cuts the list of a municipality into pages of ${LIST_PAGE_SIZE} organisations, which together list its confirmed partners, then those to be confirmed`, () => {
    const pages = listFiles(build.outDir, '.html');
    let paginated = 0;
    for (const territoire of generated.content.territoires) {
      const expected = generatedDirectory
        .municipalityList(territoire.id)
        .map((item) => `/organismes/${item.organisme.id}/`)
        .sort();
      const own = pages.filter((page) => page.startsWith(`territoire/${territoire.id}/`));
      if (own.length > 1) paginated += 1;
      const listed = own.flatMap((page) => {
        const $ = readPage(build.outDir, page);
        const services = $('main .card-list').first().find('.card :is(h2, h3) a');
        expect(services.length, page).toBeLessThanOrEqual(LIST_PAGE_SIZE);
        return $('main .card :is(h2, h3) a').map((_, link) => $(link).attr('href')).get();
      });
      expect(listed.sort(), territoire.id).toEqual(expected);
      // Only the municipality's own page is a search result; the next ones are lists.
      for (const page of own) expect(readPage(build.outDir, page)('[data-pagefind-body]').length, page).toBe(page.endsWith(`${territoire.id}/index.html`) ? 1 : 0);
    }
    expect(paginated).toBeGreaterThan(0);
  });

  it(`shows at most ${SECTION_PREVIEW} organisations per need on the directory page and on myth pages, with a link to all`, () => {
    const $ = readPage(build.outDir, 'organismes');
    for (const section of $('section[id^="besoin-"]').toArray()) {
      expect($(section).find('.card').length).toBeLessThanOrEqual(SECTION_PREVIEW);
      expect($(section).find('a[href^="/organismes/besoin/"]').length).toBe(1);
    }
    for (const prejuge of generated.content.prejuges) {
      const myth = readPage(build.outDir, `prejuges/${prejuge.id}`);
      for (const help of myth('.help__category').toArray()) expect(myth(help).find('.card').length).toBeLessThanOrEqual(SECTION_PREVIEW);
    }
  });

  it('gives the later pages of a list the social image of their first page, and renders none of their own', () => {
    const pages = listFiles(build.outDir, '.html');
    const later = pages.filter((page) => /^(organismes\/besoin\/[^/]+|territoire\/[^/]+|carte\/lieux)\/\d+\/index\.html$/.test(page));
    expect(later.length).toBeGreaterThan(0);
    const image = (page: string) => {
      const $ = readPage(build.outDir, page);
      return { url: $('meta[property="og:image"]').attr('content'), alt: $('meta[property="og:image:alt"]').attr('content') };
    };
    for (const page of later) {
      const first = page.replace(/\d+\/index\.html$/, 'index.html');
      expect(pages, page).toContain(first);
      expect(image(page), page).toEqual(image(first));
      expect(existsSync(join(build.outDir, 'og', `${pagePath(page).replace(/^\/|\/$/g, '')}.png`)), page).toBe(false);
    }
    for (const page of pages.filter((name) => !later.includes(name))) {
      expect(image(page).url, page).toBe(`https://tlpj.example.org/og/${pagePath(page).replace(/^\/|\/$/g, '') || 'index'}.png`);
    }
  });

  it(`lists the places on pages of their own when there are more than ${MAP_PAGE_LIST_LIMIT}, which together list every place once`, () => {
    const expected = generated.content.organismes.flatMap(({ id, data }) => data.lieux.map((lieu) => `${id}--${lieu.id}`)).sort();
    expect(expected.length).toBeGreaterThan(MAP_PAGE_LIST_LIMIT);
    const map = readPage(build.outDir, 'carte');
    expect(map('[data-place]').length).toBe(0);
    expect(map('main a[href="/carte/lieux/"]').length).toBe(1);
    const pages = listFiles(build.outDir, '.html').filter((page) => page.startsWith('carte/lieux/'));
    expect(pages.length).toBe(Math.ceil(expected.length / LIST_PAGE_SIZE));
    const listed = pages.flatMap((page) => {
      const $ = readPage(build.outDir, page);
      const places = $('main [data-place]').map((_, item) => $(item).attr('data-place')).get();
      expect(places.length, page).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      // Each place with its address or the notice that it is to be confirmed.
      for (const item of $('main [data-place]').toArray()) expect($(item).find('address, .to-confirm').length, page).toBeGreaterThan(0);
      return places;
    });
    expect(listed.sort()).toEqual(expected);
  });
});
