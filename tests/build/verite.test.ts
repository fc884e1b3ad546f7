/**
 * What readers see of what is known and what is not (issue 13), on a site built from the test's own
 * content (tests/fixtures/verite/): a profile no source places anywhere, a closed body, an organisation
 * that declared its area and confirmed its profile, and a box of help numbers made from its data file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { numeroHref, numeroLabel } from '../../src/lib/numeros';
import { buildSite, projectRoot } from '../support/build-site';
import { listFiles, readPage, text } from '../support/dist';

const FIXTURE = 'tests/fixtures/verite';
const build = buildSite({ name: 'verite', env: { CONTENT_DIR: FIXTURE } });
const t = fr.truth;

/** The organisation links of one section of a municipality page. */
function listed(page: string, section: 'services-confirmes' | 'territoire-a-confirmer'): string[] {
  const $ = readPage(build.outDir, page);
  return $(`section[aria-labelledby="${section}"] .card h3 a`)
    .map((_, link) => $(link).attr('href'))
    .get();
}

describe('a site built from content with unknowns', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('shows a profile with no stated area, status or language as « à confirmer », with no membership', () => {
    const $ = readPage(build.outDir, 'organismes/sans-territoire');
    const page = text($);
    expect(text($, 'section[aria-labelledby="a-propos"]')).toContain(t.areaUnknown);
    expect(page).toContain(t.languagesUnknown);
    expect(page).toContain(t.status.unknown);
    expect(page).not.toContain('Membre de la Table');
    expect(page).toContain(t.notConfirmed);
    expect(text($, '.sources')).toContain(`${t.sourcesConsulted} 29 novembre 2026.`);
  });

  it('lists it on no municipality as confirmed, and on every one under its own heading', () => {
    for (const territoire of ['jonquiere', 'larouche']) {
      expect(listed(`territoire/${territoire}`, 'services-confirmes'), territoire).not.toContain('/organismes/sans-territoire/');
      expect(listed(`territoire/${territoire}`, 'territoire-a-confirmer'), territoire).toEqual(['/organismes/sans-territoire/']);
      expect(text(readPage(build.outDir, `territoire/${territoire}`), 'section[aria-labelledby="territoire-a-confirmer"] h2')).toBe(t.municipality.toConfirmTitle);
    }
    expect(listed('territoire/jonquiere', 'services-confirmes')).toEqual(['/organismes/organisme-confirme/']);
    // The closed body's area comes from the common project; the confirmed one's Larouche service from its own source.
    expect(listed('territoire/larouche', 'services-confirmes')).toEqual(['/organismes/organisme-confirme/', '/organismes/organisme-ferme/']);
  });

  it('gives it no service area in the open data', () => {
    const services = JSON.parse(readFileSync(join(build.outDir, 'donnees/hsds/services-complets.json'), 'utf8')) as {
      contents: { name: string; service_areas: { name: string }[] }[];
    };
    const areas = Object.fromEntries(services.contents.map((service) => [service.name, service.service_areas.map((area) => area.name)]));
    expect(areas['Repas fictifs']).toEqual([]);
    expect(areas['Aide au logement fictive']).toEqual(['Jonquière']);
    expect(areas['Repas fictifs à Larouche']).toEqual(['Larouche']);
  });

  it('puts a closed body in the past tense, with the period of its membership and its dated status', () => {
    const page = text(readPage(build.outDir, 'organismes/organisme-ferme'));
    expect(page).toContain('A été membre de la Table (projet commun 2013-2015)');
    expect(page).not.toMatch(/(^|[^é] )Membre de la Table/);
    expect(page).toContain(t.status.ferme(2015));
    expect(page).toContain(`Larouche (${t.projetCommun})`);
  });

  it('says which date applies: sources consulted, and the day the organisation confirmed its profile', () => {
    const $ = readPage(build.outDir, 'organismes/organisme-confirme');
    const page = text($);
    expect(page).toContain(`${t.sourcesConsulted} 29 novembre 2026`);
    expect(page).toContain(`${t.confirmedOn} 30 novembre 2026`);
    expect(page).not.toContain(t.notConfirmed);
    expect(page).toContain('Membre de la Table (2026)');
    expect(text($, 'section[aria-labelledby="a-propos"]')).toContain(`Jonquière (${t.declared('30 novembre 2026')})`);
    expect(text($, '#confirme-logement')).toContain('français et anglais');
  });

  it('shows in the help box exactly the numbers of its data file, in their order, with their sources', () => {
    const file = parse(readFileSync(join(projectRoot, FIXTURE, 'numeros-utiles.yaml'), 'utf8')) as {
      id: string;
      ordre: number;
      numero: string;
      nom: string;
      description: string;
      sources: (string | { url: string })[];
    }[];
    const expected = [...file].sort((a, b) => a.ordre - b.ordre);
    // The printed guides show the same box.
    for (const page of ['', '404.html', 'guide', 'territoire/jonquiere/guide']) {
      const $ = readPage(build.outDir, page);
      const items = $('.emergency li[data-numero]')
        .map((_, item) => ({
          id: $(item).attr('data-numero'),
          href: $(item).find('a').attr('href'),
          label: $(item).find('a').text(),
          description: $(item).find('.emergency__text').text(),
        }))
        .get();
      expect(items, page).toEqual(
        expected.map((numero) => ({ id: numero.id, href: numeroHref(numero.numero), label: numeroLabel(numero.numero), description: numero.description })),
      );
      const sources = $('.emergency__sources a').map((_, link) => $(link).attr('href')).get();
      expect(sources, page).toEqual(expected.flatMap((numero) => numero.sources.map((source) => (typeof source === 'string' ? source : source.url))));
    }
    expect(numeroLabel('18665550199')).toBe('1\u00a0866\u00a0555-0199');
  });

  it('prints on each guide the lists of its municipality page: confirmed first, then what no source places, under its own heading', () => {
    const printed = (page: string, kind: 'confirme' | 'a-confirmer') => {
      const $ = readPage(build.outDir, page);
      const section = $(`main [data-guide-section="${kind}"]`);
      return {
        heading: section.find('h2').first().text().trim(),
        services: section.find('[data-service]').map((_, element) => $(element).attr('data-service')).get(),
        organisations: section.find('[data-organisme]').map((_, element) => $(element).attr('data-organisme')).get(),
      };
    };
    const toConfirm = { heading: t.municipality.toConfirmTitle, services: ['sans-territoire-repas'], organisations: ['sans-territoire'] };
    expect(printed('territoire/jonquiere/guide', 'confirme')).toEqual({
      heading: t.municipality.confirmedTitle('Jonquière'),
      services: ['confirme-logement'],
      organisations: ['organisme-confirme'],
    });
    expect(printed('territoire/jonquiere/guide', 'a-confirmer')).toEqual(toConfirm);
    expect(printed('territoire/larouche/guide', 'confirme')).toEqual({
      heading: t.municipality.confirmedTitle('Larouche'),
      services: ['confirme-repas-larouche'],
      organisations: ['organisme-confirme', 'organisme-ferme'],
    });
    expect(printed('territoire/larouche/guide', 'a-confirmer')).toEqual(toConfirm);
    // By need: food (Larouche) before housing (Jonquière).
    expect(printed('guide', 'confirme').services).toEqual(['confirme-repas-larouche', 'confirme-logement']);
    expect(printed('guide', 'a-confirmer')).toEqual(toConfirm);
    // Its activity is unknown: said once, under its name; the confirmed one's is not.
    const $ = readPage(build.outDir, 'territoire/jonquiere/guide');
    expect(text($, '[data-organisme="sans-territoire"] > .to-confirm')).toBe('À confirmer : activité actuelle');
    expect($('[data-organisme="organisme-confirme"] > .to-confirm').length).toBe(0);
  });

  it('shows no example address, and says the contact is being set up while the coordinator has none', () => {
    for (const page of listFiles(build.outDir, '.html')) {
      const $ = readPage(build.outDir, page);
      expect($('a[href^="mailto:"]').length, page).toBe(0);
      expect($('footer [data-contact-pending]').text(), page).toBe(t.contactPending);
    }
  });
});
