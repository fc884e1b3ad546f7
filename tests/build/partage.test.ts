import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { hsdsId, HSDS_TABLES, csvFileName } from '../../src/lib/hsds';
import { ORGANIZATION_TYPES } from '../../src/lib/structured-data';
import { siteContent } from '../support/content';
import { listFiles, pagePath, readPage } from '../support/dist';
import { TEST_BASE } from '../support/global-setup';
import { hsdsErrors } from '../support/hsds-schemas';

const ORIGIN = 'https://tlpj.example.org';
const siteDir = inject('siteDir');
const content = siteContent();

function jsonLdOf(dir: string, page: string): Record<string, any>[] {
  const $ = readPage(dir, page);
  return $('script[type="application/ld+json"]')
    .map((_, script) => JSON.parse($(script).text()))
    .get();
}

describe.each([
  { name: 'à la racine', dir: siteDir, base: '/' },
  { name: `sous ${TEST_BASE}`, dir: inject('siteDirWithBase'), base: TEST_BASE },
])('social cards, site built $name', ({ dir, base }) => {
  const pages = listFiles(dir, '.html');

  it('gives every page og:title, og:description, twitter:card and an absolute og:image under the site URL and base', () => {
    for (const page of pages) {
      const $ = readPage(dir, page);
      const meta = (property: string) => $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');
      expect(meta('og:title'), page).toBeTruthy();
      expect(meta('og:description'), page).toBe($('meta[name="description"]').attr('content'));
      expect(meta('twitter:card'), page).toBe('summary_large_image');
      expect(meta('og:image'), page).toBe(`${ORIGIN}${base}og/${pagePath(page).replace(/^\/|\/$/g, '') || 'index'}.png`);
      expect(meta('og:image:width'), page).toBe('1200');
      expect(meta('og:image:height'), page).toBe('630');
      expect(meta('og:image:alt'), page).toContain(meta('og:title'));
      if (page !== '404.html') expect(meta('og:url'), page).toBe(`${ORIGIN}${base}${pagePath(page).slice(1)}`);
    }
  });

  it('has, for every og:image, a 1200×630 PNG in the build', async () => {
    for (const page of pages) {
      const image = readPage(dir, page)('meta[property="og:image"]').attr('content') ?? '';
      const file = join(dir, new URL(image).pathname.slice(base.length));
      expect(existsSync(file), `${page} → ${image}`).toBe(true);
      const { format, width, height } = await sharp(file).metadata();
      expect({ format, width, height }, image).toEqual({ format: 'png', width: 1200, height: 630 });
    }
  });

  it('has no image without its page: the list of social cards (lib/social-cards.ts) is the list of the images pages show', () => {
    const images = listFiles(join(dir, 'og'), '.png').map((file) => `${ORIGIN}${base}og/${file}`);
    const shown = new Set(pages.map((page) => readPage(dir, page)('meta[property="og:image"]').attr('content')));
    expect(images.sort()).toEqual([...shown].sort());
  });

  it('lists every page but the 404 in the sitemap, which robots.txt names', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${ORIGIN}${base}sitemap-index.xml`);
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc ?? '');
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((loc) => {
      const xml = readFileSync(join(dir, new URL(loc).pathname.slice(base.length)), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url);
    });
    const expected = pages.filter((page) => page !== '404.html').map((page) => `${ORIGIN}${base}${pagePath(page).slice(1)}`);
    expect(urls.sort()).toEqual(expected.sort());
  });
});

describe('quick build without social images (OG_IMAGES=0)', () => {
  const dir = inject('siteDirWithoutOg');

  it('leaves no og:image pointing to a missing file, and renders no image', () => {
    for (const page of listFiles(dir, '.html')) {
      const $ = readPage(dir, page);
      expect($('meta[property^="og:image"]').length, page).toBe(0);
      expect($('meta[name="twitter:card"]').attr('content'), page).toBe('summary');
      expect($('meta[property="og:title"]').attr('content'), page).toBeTruthy();
    }
    expect(existsSync(join(dir, 'og'))).toBe(false);
  });
});

describe('structured data', () => {
  it('parses on every page that has some', () => {
    for (const page of listFiles(siteDir, '.html')) expect(() => jsonLdOf(siteDir, page), page).not.toThrow();
  });

  it('describes each profile as the organisation type of its sector, with its services as offers', () => {
    for (const organisme of content.organismes) {
      const [data, ...others] = jsonLdOf(siteDir, `organismes/${organisme.id}`);
      expect(others).toEqual([]);
      expect(data?.['@type'], organisme.id).toBe(ORGANIZATION_TYPES[organisme.data.secteur]);
      expect(data?.name).toBe(organisme.data.nom);
      const offers = [data?.makesOffer ?? []].flat();
      expect(offers.map((offer: any) => offer.itemOffered.name), organisme.id).toEqual(organisme.data.services.map((service) => service.nom));
      for (const phone of [data?.telephone ?? []].flat()) expect(phone, organisme.id).toMatch(/^\+1\d{10}$/);
    }
  });

  it('describes each municipality as a Place with its coordinates', () => {
    for (const territoire of content.territoires) {
      const [data] = jsonLdOf(siteDir, `territoire/${territoire.id}`);
      expect(data).toMatchObject({
        '@type': 'Place',
        name: territoire.data.nom,
        geo: { latitude: territoire.data.centre.lat, longitude: territoire.data.centre.lng },
      });
    }
  });

  it('describes each myth and each story as an Article of the Table', () => {
    expect(content.prejuges.length).toBe(3);
    for (const prejuge of content.prejuges) {
      const [data] = jsonLdOf(siteDir, `prejuges/${prejuge.id}`);
      expect(data, prejuge.id).toMatchObject({
        '@type': 'Article',
        headline: prejuge.data.mythe,
        description: prejuge.data.reponse_courte,
        url: `https://tlpj.example.org/prejuges/${prejuge.id}/`,
        publisher: { name: "Table de lutte à la pauvreté et à l'exclusion sociale de Jonquière" },
      });
    }
    for (const recit of content.recits) {
      const [data] = jsonLdOf(siteDir, `recits/${recit.id}`);
      expect(data, recit.id).toMatchObject({ '@type': 'Article', headline: recit.data.titre, datePublished: recit.data.date.toISOString().slice(0, 10) });
    }
  });
});

describe('HSDS export', () => {
  const hsdsDir = join(siteDir, 'donnees/hsds');
  const json = (file: string) => JSON.parse(readFileSync(join(hsdsDir, file), 'utf8'));
  const contentServices = content.organismes.flatMap((organisme) => organisme.data.services.map((service) => ({ organisme, service })));

  it('declares its HSDS version', () => {
    expect(json('index.json')).toMatchObject({ version: '3.0', profile: expect.stringMatching(/^https:\/\//) });
  });

  it('validates every exported record against the HSDS schemas', () => {
    const services = json('services.json');
    const organizations = json('organizations.json');
    expect(services.total_items).toBe(contentServices.length);
    expect(organizations.total_items).toBe(content.organismes.length);
    const errors = [
      ...services.contents.flatMap((record: any) => hsdsErrors('compiled/service_list', record, `services.json ${record.name}`)),
      ...organizations.contents.flatMap((record: any) => hsdsErrors('compiled/organization_list', record, `organizations.json ${record.name}`)),
      ...listFiles(join(hsdsDir, 'services'), '.json').flatMap((file) => hsdsErrors('service', json(`services/${file}`), `services/${file}`)),
      ...json('services-complets.json').contents.flatMap((record: any) => hsdsErrors('service', record, `services-complets.json ${record.name}`)),
    ];
    expect(errors).toEqual([]);
  });

  it('gives every service in full in one file, and the same record in its own file', () => {
    const full = json('services-complets.json');
    expect(full.total_items).toBe(contentServices.length);
    expect(listFiles(join(hsdsDir, 'services'), '.json').sort()).toEqual(full.contents.map((record: any) => `${record.id}.json`).sort());
    for (const record of full.contents) expect(json(`services/${record.id}.json`)).toEqual(record);
  });

  it('writes one full service file per service, named by its stable id', () => {
    for (const { organisme, service } of contentServices) {
      const id = hsdsId('service', service.id);
      const record = json(`services/${id}.json`);
      expect(record).toMatchObject({ id, name: service.nom, organization_id: hsdsId('organization', organisme.id) });
      expect(record.organization.name).toBe(organisme.data.nom);
      expect(record.attributes.map((attribute: any) => attribute.taxonomy_term.code)).toEqual(service.categories);
    }
  });

  it('writes each table as CSV with the columns of the data package', () => {
    const pkg = json('csv/datapackage.json');
    expect(pkg.resources.map((resource: any) => resource.path).sort()).toEqual(HSDS_TABLES.map(csvFileName).sort());
    for (const resource of pkg.resources) {
      const csv = readFileSync(join(hsdsDir, 'csv', resource.path), 'utf8');
      expect(csv.split('\r\n')[0], resource.path).toBe(resource.schema.fields.map((field: any) => field.name).join(','));
    }
    const services = readFileSync(join(hsdsDir, 'csv/services.csv'), 'utf8');
    for (const { service } of contentServices) expect(services).toContain(hsdsId('service', service.id));
  });

  it('links every file of the export from the open-data page, which states the licence', () => {
    const $ = readPage(siteDir, 'donnees');
    const links = new Set($('main a').map((_, link) => $(link).attr('href')).get());
    const perService = /^services\//;
    for (const file of listFiles(hsdsDir, '').filter((name) => !perService.test(name))) expect(links.has(`/donnees/hsds/${file}`), file).toBe(true);
    // The per-service files are described by their pattern, with one of them as a working example.
    const examples = [...links].filter((href) => href?.startsWith('/donnees/hsds/services/'));
    expect(examples).toHaveLength(1);
    expect(existsSync(join(siteDir, examples[0]!.slice(1))), examples[0]).toBe(true);
    expect($('main code').text()).toContain('/donnees/hsds/services/<identifiant>.json');
    expect($('main a[href="https://creativecommons.org/licenses/by/4.0/deed.fr"]').length).toBe(1);
    expect(readPage(siteDir, '')('footer a[href="/donnees/"]').length).toBe(1);
  });
});
