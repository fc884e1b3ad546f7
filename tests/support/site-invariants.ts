/**
 * What holds for a site built from any valid content: the checks that run on the real `content/` (which
 * partners change every week) and on a copy of it after a month of coordination work. Nothing here counts
 * or names an entry: every expectation comes from the content itself or from the directory model.
 * Behaviour on content the tests own (counts, names, facts) is tested on tests/fixtures/site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { buildDirectory, type DirectoryInput } from '../../src/lib/directory';
import { projectRoot } from './build-site';
import { brokenInternalLinks, listFiles, readPage } from './dist';
import { hsdsErrors } from './hsds-schemas';
import {
  fontFiles,
  HTML_CSS_BUDGET_BYTES,
  leafletFiles,
  MAP_TYPES,
  mapDataFiles,
  MAX_FONT_FILES,
  NO_SCRIPT_TYPES,
  pageMentions,
  reachableFiles,
  weighSite,
  type PageWeight,
} from './page-weight';

export interface BuiltSite {
  /** The content folder the site was built from. */
  contentDir: string;
  /** The built site, at the root path. */
  siteDir: string;
}

const ORIGIN = 'https://tlpj.example.org';
const clean = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Organisation links of a list and of its next pages (`<path>/`, `<path>/2/`…), sorted. */
function listedOrganisations(siteDir: string, pages: string[], path: string): string[] {
  return pages
    .filter((page) => page === `${path}/index.html` || new RegExp(`^${path}/\\d+/index\\.html$`).test(page))
    .flatMap((page) => {
      const $ = readPage(siteDir, page);
      return $('main .card :is(h2, h3) a').map((_, link) => $(link).attr('href')).get();
    })
    .sort();
}

/**
 * Registers the invariant tests of a built site. `site` is called inside the tests, so that a caller may
 * build the site in a `beforeAll`.
 */
export function describeSiteInvariants(name: string, site: () => BuiltSite): void {
  describe(`${name}: what holds for any valid content`, () => {
    let cached: { check: ReturnType<typeof checkContent>; siteDir: string; pages: string[]; weights?: PageWeight[] } | undefined;
    const built = () => {
      if (!cached) {
        const { contentDir, siteDir } = site();
        cached = { check: checkContent(contentDir, { root: projectRoot }), siteDir, pages: listFiles(siteDir, '.html') };
      }
      return cached;
    };
    const content = () => built().check.content;
    const directory = () => buildDirectory(content() as unknown as DirectoryInput);
    const weights = () => (built().weights ??= weighSite(built().siteDir));

    it('passes the content check', () => {
      expect(built().check.errors.map(formatIssue)).toEqual([]);
    });

    it('has a page for every organisation, municipality, need, myth, story, bilan year and indicator, titled with its name', () => {
      const { siteDir, pages } = built();
      const titled: [string, string][] = [
        ...content().organismes.map((entry) => [`organismes/${entry.id}`, entry.data.nom] as [string, string]),
        ...content().territoires.map((entry) => [`territoire/${entry.id}`, entry.data.nom] as [string, string]),
        ...content().categories.map((entry) => [`organismes/besoin/${entry.id}`, entry.data.nom] as [string, string]),
        ...content().prejuges.map((entry) => [`prejuges/${entry.id}`, entry.data.mythe] as [string, string]),
        ...content().recits.map((entry) => [`recits/${entry.id}`, entry.data.titre] as [string, string]),
        ...content().indicateurs.map((entry) => [`bilan/indicateurs/${entry.id}`, entry.data.titre] as [string, string]),
      ];
      const problems: string[] = [];
      for (const [page, title] of titled) {
        if (!pages.includes(`${page}/index.html`)) problems.push(`${page} : page absente`);
        else if (clean(readPage(siteDir, page)('h1').first().text()) !== clean(title)) problems.push(`${page} : titre autre que « ${title} »`);
      }
      for (const annee of content().bilans) if (!pages.includes(`bilan/${annee.id}/index.html`)) problems.push(`bilan/${annee.id} : page absente`);
      expect(problems).toEqual([]);
    });

    it('lists on each municipality page, and its next pages, exactly the organisations the directory model puts there (confirmed, then to be confirmed)', () => {
      const { siteDir, pages } = built();
      for (const territoire of directory().territoires) {
        const expected = directory().municipalityList(territoire.id).map((item) => `/organismes/${item.organisme.id}/`).sort();
        expect(listedOrganisations(siteDir, pages, `territoire/${territoire.id}`), territoire.id).toEqual(expected);
      }
    });

    it('lists on each need page, and its next pages, exactly the organisations the directory model gives that need', () => {
      const { siteDir, pages } = built();
      for (const categorie of directory().categories) {
        const expected = [...new Set(directory().servicesFor(categorie.id).map((item) => `/organismes/${item.organisme.id}/`))].sort();
        expect(listedOrganisations(siteDir, pages, `organismes/besoin/${categorie.id}`), categorie.id).toEqual(expected);
      }
    });

    it('lists every place of the directory once, on the map page or on the list of places', () => {
      const { siteDir, pages } = built();
      const listed = pages
        .filter((page) => page === 'carte/index.html' || page.startsWith('carte/lieux/'))
        .flatMap((page) => {
          const $ = readPage(siteDir, page);
          return $('main [data-place]').map((_, item) => $(item).attr('data-place')).get();
        });
      expect(listed.sort()).toEqual(directory().places.map((place) => place.id).sort());
    });

    it('exports every organisation and service as open data valid against the HSDS schemas', () => {
      const { siteDir } = built();
      const json = (file: string) => JSON.parse(readFileSync(join(siteDir, 'donnees/hsds', file), 'utf8'));
      const organizations = json('organizations.json');
      const services = json('services-complets.json');
      expect(organizations.total_items).toBe(content().organismes.length);
      expect(services.total_items).toBe(content().organismes.reduce((sum, entry) => sum + entry.data.services.length, 0));
      expect([
        ...organizations.contents.flatMap((record: { name: string }) => hsdsErrors('compiled/organization_list', record, `organizations.json ${record.name}`)),
        ...services.contents.flatMap((record: { name: string }) => hsdsErrors('service', record, `services-complets.json ${record.name}`)),
      ]).toEqual([]);
    });

    it('has no internal link to a missing page or file', () => {
      const { siteDir, pages } = built();
      expect(brokenInternalLinks(siteDir, pages, ORIGIN)).toEqual([]);
    });

    it('asks nothing of another host on page load', () => {
      const { siteDir, pages } = built();
      const external = pages.flatMap((page) => {
        const $ = readPage(siteDir, page);
        return $('script[src], link[rel="stylesheet"], img[src], link[rel="preload"], iframe')
          .map((_, element) => $(element).attr('src') ?? $(element).attr('href'))
          .get()
          .filter((url) => /^(https?:)?\/\//.test(url))
          .map((url) => `${page} → ${url}`);
      });
      expect(external).toEqual([]);
    });

    describe('page-weight budgets (the figures are in BENCHMARKS.md, `npm run budgets`)', () => {
      const noScriptPages = () => weights().filter((page) => NO_SCRIPT_TYPES.includes(page.type));

      it('weighs every profile page', () => {
        expect(weights().filter((page) => page.type === 'profil').length).toBe(content().organismes.length);
      });

      it('runs no JavaScript on profile, myth, story and bilan pages', () => {
        const offenders = noScriptPages()
          .filter((page) => page.scripts.length > 0 || page.scriptPreloads.length > 0 || page.inlineHandlers.length > 0)
          .map((page) => ({ page: page.path, scripts: page.scripts.map((script) => script.source), preloads: page.scriptPreloads, handlers: page.inlineHandlers }));
        expect(offenders).toEqual([]);
      });

      it(`keeps HTML and CSS of those pages under ${HTML_CSS_BUDGET_BYTES / 1024} KB compressed`, () => {
        const heavy = noScriptPages()
          .filter((page) => page.htmlCssGzipBytes > HTML_CSS_BUDGET_BYTES)
          .map((page) => `${page.path}: ${(page.htmlCssGzipBytes / 1024).toFixed(1)} KB`);
        expect(heavy).toEqual([]);
      });

      it('loads on a municipality page at most the map script, and Leaflet only on demand', () => {
        // The map script is a module whose own code loads Leaflet with import(), when the map is needed:
        // no classic script, no preload, and Leaflet never among what loads with the page.
        const leaflet = leafletFiles(built().siteDir);
        const territories = weights().filter((page) => page.type === 'territoire');
        expect(territories.length).toBe(content().territoires.length);
        const offenders = territories.flatMap((page) => {
          const problems: string[] = [];
          for (const script of page.scripts) if (script.type !== 'module') problems.push(`script classique ${script.source}`);
          if (page.scriptPreloads.length > 0) problems.push(`préchargement ${page.scriptPreloads.join(', ')}`);
          for (const file of page.graph.onLoad) if (leaflet.has(file)) problems.push(`Leaflet au chargement : ${file}`);
          const reachesLeaflet = [...page.graph.onDemand].some((file) => leaflet.has(file));
          if (page.scripts.length > 0 && !reachesLeaflet) problems.push('script qui ne charge pas la carte');
          return problems.map((problem) => `${page.path}: ${problem}`);
        });
        expect(offenders).toEqual([]);
      });

      it('requests no Pagefind code or index from any page on load', () => {
        const offenders = weights()
          .filter((page) => page.pagefindReferences.length > 0 || [...page.graph.onLoad].some((file) => file.startsWith('pagefind/')))
          .map((page) => page.path);
        expect(offenders).toEqual([]);
      });

      it('lets no page but the map and municipality pages reach Leaflet or the map data', () => {
        const { siteDir } = built();
        const leaflet = leafletFiles(siteDir);
        const mapData = mapDataFiles(siteDir);
        const offenders = weights()
          .filter((page) => !MAP_TYPES.includes(page.type))
          .flatMap((page) => [
            ...[...reachableFiles(page)].filter((file) => leaflet.has(file)).map((file) => `${page.path}: ${file}`),
            ...pageMentions(siteDir, page, mapData).map((file) => `${page.path}: ${file}`),
          ]);
        expect(offenders).toEqual([]);
      });

      it('serves the map data as two files (positions, then names), which the map page loads only when there is a place to show', () => {
        const { siteDir } = built();
        const mapData = mapDataFiles(siteDir);
        expect(mapData).toEqual(['carte/lieux.json', 'carte/positions.json']);
        const { places } = JSON.parse(readFileSync(join(siteDir, 'carte/positions.json'), 'utf8')) as { places: unknown[] };
        const mapPage = weights().find((page) => page.type === 'carte');
        expect(mapPage, 'pas de page /carte/').toBeDefined();
        expect(pageMentions(siteDir, mapPage!, mapData)).toEqual(places.length > 0 ? mapData : []);
      });

      it(`ships at most ${MAX_FONT_FILES} font files, Latin subset only`, () => {
        const fonts = fontFiles(built().siteDir);
        expect(fonts.length).toBeGreaterThan(0);
        expect(fonts.length).toBeLessThanOrEqual(MAX_FONT_FILES);
        for (const font of fonts) expect(font).toMatch(/latin(?!-ext)/);
      });
    });
  });
}
