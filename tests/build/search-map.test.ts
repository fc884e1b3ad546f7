import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { buildDirectory, type DirectoryInput } from '../../src/lib/directory';
import { AREA_UNKNOWN_VALUE } from '../../src/lib/search';
import { siteContent } from '../support/content';
import { listFiles, readPage } from '../support/dist';

const siteDir = inject('siteDir');
const content = siteContent();
const directory = buildDirectory(content as unknown as DirectoryInput);

/** The text Pagefind indexed for each page, by URL: its fragment files, gzipped JSON after a `pagefind_dcd` marker. */
function indexedText(): Map<string, string> {
  const dir = join(siteDir, 'pagefind/fragment');
  return new Map(
    readdirSync(dir).map((file) => {
      const data = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      const fragment = JSON.parse(data.slice(data.indexOf('{'))) as { url: string; content: string };
      return [fragment.url, fragment.content];
    }),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('search index and map data (tests/fixtures/site)', () => {
  it('builds the Pagefind index', () => {
    expect(existsSync(join(siteDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(siteDir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('indexes profiles and territory pages, not the lists and tools that repeat them, never the site chrome', () => {
    const lists = ['index.html', 'organismes/index.html', 'territoire/index.html', 'recherche/index.html', 'carte/index.html'];
    for (const page of listFiles(siteDir, '.html')) {
      const $ = readPage(siteDir, page);
      const indexed = $('[data-pagefind-body]').length > 0;
      if (/^(organismes|territoire)\/[^/]+\/index\.html$/.test(page)) expect(indexed, page).toBe(true);
      if (lists.includes(page)) expect(indexed, page).toBe(false);
      expect($('header.site-header').attr('data-pagefind-ignore'), page).toBe('all');
      expect($('footer.site-footer').attr('data-pagefind-ignore'), page).toBe('all');
    }
  });

  it("indexes a service's facts as words of their own, never glued to their label or to the fact before them", () => {
    const indexed = indexedText();
    let checked = 0;
    for (const organisme of content.organismes) {
      const text = indexed.get(`/organismes/${organisme.id}/`) ?? '';
      // « Pour quiPersonnes… », « CoûtGratuit »: a label glued to its value makes one word no reader types.
      for (const label of [fr.profile.eligibility, fr.profile.cost, fr.profile.languages, fr.profile.categories]) expect(text, organisme.id).not.toMatch(new RegExp(`${label}\\p{Lu}`, 'u'));
      for (const service of organisme.data.services) {
        if (!service.admissibilite) continue;
        expect(text, `${organisme.id} : ${service.admissibilite}`).toMatch(new RegExp(`(^|\\s)${escapeRegExp(service.admissibilite)}`));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("indexes a municipality's facts as words of their own, never glued to their label", () => {
    const indexed = indexedText();
    for (const territoire of content.territoires) {
      const text = indexed.get(`/territoire/${territoire.id}/`) ?? '';
      for (const label of [fr.territoire.type, fr.territoire.mrc, fr.territoire.population]) expect(text, territoire.id).not.toMatch(new RegExp(`${label}\\p{Lu}`, 'u'));
      expect(text, territoire.id).toMatch(new RegExp(`(^|\\s)${escapeRegExp(territoire.data.mrc)}`));
    }
    expect(content.territoires.length).toBeGreaterThan(0);
  });

  it('files each partner under every municipality where it is confirmed, and under « à confirmer » when some of its area is unknown', () => {
    for (const organisme of directory.organismes) {
      const $ = readPage(siteDir, `organismes/${organisme.id}`);
      const filters = $('[data-pagefind-filter^="municipalite:"]')
        .map((_, element) => $(element).attr('data-pagefind-filter')?.slice('municipalite:'.length))
        .get()
        .sort();
      const expected = [...directory.territoiresOf(organisme.id).map((entry) => entry.id), ...(directory.hasUnknownArea(organisme.id) ? [AREA_UNKNOWN_VALUE] : [])];
      expect(filters, organisme.id).toEqual(expected.sort());
      if (organisme.data.territoires?.municipalites === 'tout') expect(filters).toEqual(expect.arrayContaining(directory.territoires.map((entry) => entry.id)));
    }
  });

  it('writes the map data files empty when no place has coordinates', () => {
    expect(directory.places.every((place) => place.coordonnees === undefined)).toBe(true);
    const positions = JSON.parse(readFileSync(join(siteDir, 'carte/positions.json'), 'utf8')) as { places: unknown[] };
    expect(positions.places).toEqual([]);
    expect(JSON.parse(readFileSync(join(siteDir, 'carte/lieux.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(siteDir, 'carte/index.html'), 'utf8')).not.toContain('"places"');
  });

  it('lists every place of the directory on the map page itself, the directory being small', () => {
    const $ = readPage(siteDir, 'carte');
    const listed = $('main [data-place]').map((_, item) => $(item).attr('data-place')).get();
    expect(listed.sort()).toEqual(directory.places.map((place) => place.id).sort());
    expect(existsSync(join(siteDir, 'carte/lieux'))).toBe(false);
  });

  it('links a place of a profile to the map only when it has coordinates, without a map script on the profile', () => {
    expect(directory.places.length).toBeGreaterThan(0);
    for (const place of directory.places) {
      const $ = readPage(siteDir, `organismes/${place.organisme.id}`);
      expect($(`a[href="/carte/?lieu=${encodeURIComponent(place.id)}"]`).length, place.id).toBe(place.coordonnees ? 1 : 0);
      expect($('[data-map]').length).toBe(0);
    }
  });

  it('puts a plain search form on the home page, sent to the search page', () => {
    const form = readPage(siteDir, '')('form[role="search"]');
    expect(form.attr('action')).toBe('/recherche/');
    expect(form.attr('method')).toBe('get');
    expect(form.find('input[name="q"]').length).toBe(1);
  });
});
