/**
 * The printed guides. On the content the tests own (tests/fixtures/site), what a guide lists, by name; on the
 * real content/, only what holds for any valid content: each guide lists exactly the two lists the directory
 * model gives its municipality (confirmed, then to be confirmed), the help numbers of the data file, a QR code
 * drawn in the page, valid markup. Unknowns on a guide are tested in tests/build/verite.test.ts.
 */
import type { CheerioAPI } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { buildDirectory, type Directory, type DirectoryInput } from '../../src/lib/directory';
import { numeroHref } from '../../src/lib/numeros';
import { realContent, siteContent } from '../support/content';
import { readPage } from '../support/dist';

/** Ids of the services, and of the organisations, a section of a guide prints. */
function printed($: CheerioAPI, kind: 'confirme' | 'a-confirmer') {
  const section = $(`main [data-guide-section="${kind}"]`);
  return {
    services: section.find('[data-service]').map((_, element) => $(element).attr('data-service')).get().sort(),
    organisations: [...new Set(section.find('[data-organisme]').map((_, element) => $(element).attr('data-organisme')).get())].sort(),
  };
}

const sorted = (ids: readonly string[]) => [...ids].sort();
const guidePages = (directory: Directory) => ['guide', ...directory.territoires.map((territoire) => `territoire/${territoire.id}/guide`)];

describe('printed guides on the content the tests own', () => {
  const siteDir = inject('siteDir');

  it('lists for Jonquière the services a source places there, whole-territory ones included, and the closed body with none', () => {
    const $ = readPage(siteDir, 'territoire/jonquiere/guide');
    expect(printed($, 'confirme')).toEqual({
      services: [
        'college-formation',
        'comptoir-epicerie',
        'maison-activites-50-ans-et-plus',
        'maison-cafe-accueil',
        'maison-camp-de-jour',
        'maison-sejours-familiaux',
        'office-logement-social',
        'regionale-droits-locataires',
      ],
      organisations: [
        'association-regionale-fictive',
        'college-fictif',
        'comptoir-fictif',
        'maison-du-quartier-fictive',
        'office-fictif',
        'service-public-ferme',
      ],
    });
    // Every area of this content is known: no second heading.
    expect($('main [data-guide-section="a-confirmer"]').length).toBe(0);
    expect($('main h2#guide-confirme').text().trim()).toBe('Services confirmés à Jonquière');
  });

  it('groups them by their first need, names the closed body as closed, and writes phones and addresses the OQLF way', () => {
    const $ = readPage(siteDir, 'territoire/jonquiere/guide');
    const needs = $('main .guide__need h3').map((_, heading) => $(heading).text().trim()).get();
    expect(needs).toContain('Logement');
    expect(needs.at(-1)).toBe('Autres organismes');
    expect($('main [data-organisme="service-public-ferme"] h4').text()).toContain('(Fermé ou fusionné)');
    const comptoir = $('main [data-service="comptoir-epicerie"]').text();
    expect(comptoir).toContain('418\u00a0555-0140');
    expect(comptoir).toContain('150, rue des Exemples, Jonquière (Québec)\u00a0 G7X 1A2');
    // The Larouche round of the same organisation is not offered in Jonquière.
    expect($('main [data-service="comptoir-tournee-logement"]').length).toBe(0);
    expect(readPage(siteDir, 'territoire/larouche/guide')('main [data-service="comptoir-tournee-logement"]').length).toBe(1);
  });

  it('says when a service’s hours and phone are still to be confirmed', () => {
    const $ = readPage(siteDir, 'territoire/saint-ambroise/guide');
    expect($('main [data-service="rural-logement"] .to-confirm').text()).toBe('À confirmer : téléphone, adresse et heures');
  });

  it('lists on the whole territory’s guide every service of the content', () => {
    const directory = buildDirectory(siteContent() as unknown as DirectoryInput);
    expect(printed(readPage(siteDir, 'guide'), 'confirme').services).toEqual(sorted(directory.services.map((item) => item.id)));
  });
});

describe('printed guides on the real content: what holds for any valid content', () => {
  const siteDir = inject('realSiteDir');
  const content = realContent();
  const directory = buildDirectory(content as unknown as DirectoryInput);

  it('lists on each municipality’s guide exactly the two lists of its page, from the directory model', () => {
    for (const territoire of directory.territoires) {
      const $ = readPage(siteDir, `territoire/${territoire.id}/guide`);
      const list = directory.municipalityList(territoire.id);
      for (const [kind, items] of [
        ['confirme', list.filter((item) => item.confirmed)],
        ['a-confirmer', list.filter((item) => !item.confirmed)],
      ] as const) {
        expect(printed($, kind), `${territoire.id} ${kind}`).toEqual({
          services: sorted(items.flatMap((item) => item.services.map((service) => service.id))),
          organisations: sorted([...new Set(items.map((item) => item.organisme.id))]),
        });
      }
      // Every service the model says serves the municipality is on its guide, under the confirmed heading.
      expect(printed($, 'confirme').services, territoire.id).toEqual(sorted(directory.servicesIn(territoire.id).map((item) => item.id)));
    }
  });

  it('lists on the whole territory’s guide every service of the directory, once', () => {
    const $ = readPage(siteDir, 'guide');
    const all = [...printed($, 'confirme').services, ...printed($, 'a-confirmer').services];
    expect(sorted(all)).toEqual(sorted(directory.services.map((item) => item.id)));
    expect(printed($, 'a-confirmer').services).toEqual(sorted(directory.toConfirm.flatMap((group) => group.services.map((item) => item.id))));
  });

  it('links each municipality page to its guide, and the territory page to the whole guide', () => {
    for (const territoire of directory.territoires) {
      const $ = readPage(siteDir, `territoire/${territoire.id}`);
      expect($(`main a[href="/territoire/${territoire.id}/guide/"]`).length, territoire.id).toBe(1);
    }
    expect(readPage(siteDir, 'territoire')('main a[href="/guide/"]').length).toBe(1);
  });

  it('prints the help numbers of the data file, the date of the information and a QR code drawn in the page', () => {
    const numbers = [...content.numeros].sort((a, b) => a.data.ordre - b.data.ordre).map(({ data }) => numeroHref(data.numero));
    expect(numbers.length).toBeGreaterThan(0);
    for (const page of guidePages(directory)) {
      const $ = readPage(siteDir, page);
      expect($('main .emergency li[data-numero] a[href^="tel:"]').map((_, link) => $(link).attr('href')).get(), page).toEqual(numbers);
      expect($('main').text(), page).toMatch(/Fiches revues (le|entre le) \d{1,2} \S+ \d{4}/);
      expect($('main svg.qr path').length, page).toBeGreaterThan(0);
      expect($('main img').length, page).toBe(0);
    }
  });

  it('has valid markup: a short title, unique ids, uniquely named landmarks, phone numbers that do not break', () => {
    for (const page of guidePages(directory)) {
      const $ = readPage(siteDir, page);
      expect($('title').text().length, page).toBeLessThan(70);
      const ids = $('[id]').map((_, element) => $(element).attr('id')).get();
      expect(ids.filter((id, index) => ids.indexOf(id) !== index), page).toEqual([]);
      const landmarks = $('main section[aria-labelledby], main aside[aria-labelledby], nav')
        .map((_, element) => {
          const labelledBy = $(element).attr('aria-labelledby');
          return `${element.tagName} ${labelledBy ? $(`#${labelledBy}`).text().trim() : $(element).attr('aria-label')}`;
        })
        .get();
      expect(landmarks.filter((name, index) => landmarks.indexOf(name) !== index), page).toEqual([]);
      const phones = $('main a[href^="tel:"]').map((_, link) => $(link).text()).get();
      expect(phones.filter((phone) => / /.test(phone.replace(/, poste .*$/, ''))), page).toEqual([]);
    }
  });
});
