/**
 * The printed guides on the real site: each lists exactly the services of the directory model for its
 * municipality (or the whole territory), and each municipality page links to its guide. What holds for any
 * valid content only; counting and naming is done on the fixture content (tests/e2e/guide.test.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { buildDirectory } from '../../src/lib/directory';
import { realContent } from '../support/content';
import { readPage } from '../support/dist';

const siteDir = inject('siteDir');
const directory = buildDirectory(realContent());

function servicesOnGuide(page: string): string[] {
  const $ = readPage(siteDir, page);
  return $('main [data-service]')
    .map((_, element) => $(element).attr('data-service'))
    .get();
}

const sorted = (ids: string[]) => [...ids].sort();

describe('printed guides', () => {
  it('lists on each municipality guide every service of the municipality, once', () => {
    for (const territoire of directory.territoires) {
      const listed = servicesOnGuide(`territoire/${territoire.id}/guide`);
      expect(sorted(listed), territoire.id).toEqual(sorted(directory.servicesIn(territoire.id).map((item) => item.id)));
    }
  });

  it('lists on the whole-territory guide every service of the directory, once', () => {
    expect(sorted(servicesOnGuide('guide'))).toEqual(sorted(directory.services.map((item) => item.id)));
  });

  it('links each municipality page to its guide, and the territory page to the whole guide', () => {
    for (const territoire of directory.territoires) {
      const $ = readPage(siteDir, `territoire/${territoire.id}`);
      expect($(`main a[href="/territoire/${territoire.id}/guide/"]`).length, territoire.id).toBe(1);
    }
    expect(readPage(siteDir, 'territoire')('main a[href="/guide/"]').length).toBe(1);
  });

  it('prints the useful numbers, the date of the information and a QR code drawn in the page', () => {
    for (const page of ['guide', ...directory.territoires.map((territoire) => `territoire/${territoire.id}/guide`)]) {
      const $ = readPage(siteDir, page);
      expect($('main a[href="tel:911"]').length, page).toBe(1);
      expect($('main').text(), page).toMatch(/Renseignements vérifiés (le|entre le) \d{1,2} \S+ \d{4}/);
      expect($('main svg.qr path').length, page).toBeGreaterThan(0);
      expect($('main img').length, page).toBe(0);
    }
  });
});
