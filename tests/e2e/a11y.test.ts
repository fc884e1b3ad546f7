/**
 * Every HTML page of the built sites, in Chromium: axe finds no WCAG 2.0–2.2 A/AA violation, and no page
 * asks anything of another host, except map tiles on a page with a map. The pages are found by crawling
 * the build output, so pages added later are checked without touching this file.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, tileOrigin, WCAG_TAGS, type RecordedPage } from '../support/browser';
import { listFiles, pagePath } from '../support/dist';
import { startStaticServer, type StaticServer } from '../support/static-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface PageReport {
  violations: string[];
  thirdParty: string[];
  tiles: number;
}

/** Loads a page as a reader would: scrolls to the end so lazy maps load, and waits for their markers. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  if ((await page.locator('[data-map]').count()) > 0) await page.locator('.leaflet-marker-icon').first().waitFor();
}

/** Checks the page `recorded` shows; `recorded.requests` must hold only this page's requests. */
async function check(server: StaticServer, recorded: RecordedPage, prepare?: (page: Page) => Promise<void>): Promise<PageReport> {
  const { page, requests } = recorded;
  if (prepare) await prepare(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const hasMap = (await page.locator('[data-map]').count()) > 0;
  const external = requests.filter((request) => !request.startsWith(`${server.origin}/`) && !request.startsWith('data:'));
  return {
    violations: results.violations.map(
      (violation) => `${violation.id} (${violation.impact}) : ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
    thirdParty: external.filter((request) => !(hasMap && request.startsWith(`${tileOrigin}/`))),
    tiles: external.filter((request) => request.startsWith(`${tileOrigin}/`)).length,
  };
}

/** Checks `pages` (all of the site by default) in one tab; `expectPages` says what there must be to check. */
function crawl(name: string, siteDir: string, pages = listFiles(siteDir, '.html'), expectPages = () => expect(pages.length).toBeGreaterThan(10)) {
  describe(`${name}: no axe violation, nothing asked of a third party (tiles aside, on map pages)`, () => {
    let server: StaticServer;
    let recorded: RecordedPage;
    beforeAll(async () => {
      server = await startStaticServer(siteDir);
      // One tab for the whole crawl: a new context per page would double the run time.
      recorded = await openPage(browser, server.origin);
    });
    afterAll(async () => {
      await recorded?.context.close();
      await server?.close();
    });

    it('has pages to check', expectPages);
    for (const file of pages) {
      it(pagePath(file), async () => {
        recorded.requests.length = 0;
        await visit(recorded.page, `${server.origin}${pagePath(file)}`.replace(/\/404\/$/, '/404.html'));
        const report = await check(server, recorded);
        expect(report.violations).toEqual([]);
        expect(report.thirdParty).toEqual([]);
      });
    }
  });
}

crawl('every page of the real site', inject('realSiteDir'));
crawl('every page of the content the tests own', inject('siteDir'));
crawl('every page of the fictional map content', inject('fixtureMapDir'));

// The real site is too small for a second page of any list; the 160-organisation directory has them.
const scaleDir = inject('scaleSiteDir');
const paged = listFiles(scaleDir, '.html').filter((file) => /^(territoire\/[^/]+|organismes\/besoin\/[^/]+|carte\/lieux)\/2\/index\.html$/.test(file));
// A first and a second page of each kind: the pagination, the list under its own title.
const samples = ['territoire/', 'organismes/besoin/', 'carte/lieux/'].flatMap((kind) => paged.filter((file) => file.startsWith(kind)).slice(0, 1));
crawl(
  'paged lists, which only a large directory has',
  scaleDir,
  // With the map page, which then links to the list of places instead of holding it.
  ['carte/index.html', ...samples.flatMap((page) => [page.replace(/2\/index\.html$/, 'index.html'), page])],
  () => {
    expect(paged.some((file) => file.startsWith('territoire/'))).toBe(true);
    expect(paged.some((file) => file.startsWith('organismes/besoin/'))).toBe(true);
    expect(paged.some((file) => file.startsWith('carte/lieux/'))).toBe(true);
  },
);

describe('pages in the states a reader brings them to', () => {
  let site: StaticServer;
  let fixture: StaticServer;
  beforeAll(async () => {
    site = await startStaticServer(inject('siteDir'));
    fixture = await startStaticServer(inject('fixtureMapDir'));
  });
  afterAll(async () => {
    await site?.close();
    await fixture?.close();
  });

  async function checkState(server: StaticServer, url: string, prepare: (page: Page) => Promise<void>): Promise<PageReport> {
    const recorded = await openPage(browser, server.origin);
    await visit(recorded.page, url);
    const report = await check(server, recorded, prepare);
    await recorded.context.close();
    return report;
  }

  it('search page with results and filters', async () => {
    const report = await checkState(site, `${site.url}recherche/?q=logement&municipalite=jonquiere`, async (page) => {
      await page.locator('[data-search-list] li').first().waitFor();
    });
    expect(report).toEqual({ violations: [], thirdParty: [], tiles: 0 });
  });

  it('map page with a popup open, and its tiles asked only of the configured tile server', async () => {
    const report = await checkState(fixture, `${fixture.url}carte/?lieu=organisme-fictif-c--comptoir`, async (page) => {
      await page.locator('.leaflet-popup a').first().waitFor();
    });
    expect(report.violations).toEqual([]);
    expect(report.thirdParty).toEqual([]);
    expect(report.tiles).toBeGreaterThan(0);
  });
});
