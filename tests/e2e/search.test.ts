import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { buildDirectory } from '../../src/lib/directory';
import { openPage, siteInBrowser, tabTo } from '../support/browser';
import { siteContent } from '../support/content';
import { TEST_BASE } from '../support/global-setup';
import { startStaticServer } from '../support/static-server';

/** The content the tests own (tests/fixtures/site). */
const content = siteContent();
const directory = buildDirectory({
  organismes: content.organismes,
  territoires: content.territoires,
  categories: content.categories,
} as Parameters<typeof buildDirectory>[0]);


const opened = siteInBrowser('siteDir');

/** Site paths of the results shown, in order. */
async function resultPaths(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchDone === window.location.search,
  );
  // Results come ten at a time: open them all, as a reader would with « Afficher plus ».
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await page.locator('[data-search-list] h3 a').count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-search-list] h3 a').length > count, shown);
  }
  return page.$$eval('[data-search-list] h3 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.fill('#recherche-q', query);
  await page.press('#recherche-q', 'Enter');
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query);
  return resultPaths(page);
}

const organismePath = (id: string) => `/organismes/${id}/`;

describe('search, in Chromium, on the content the tests own', () => {
  it('finds the Lac-Kénogami page whether "kenogami" is typed with or without accent or in capitals', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin);
    await page.goto(`${opened.server.url}recherche/`);
    const plain = await searchFor(page, 'kenogami');
    expect(plain[0]).toBe('/territoire/lac-kenogami/');
    // Same pages; the order may differ a little, Pagefind ranks an exact accent slightly higher.
    for (const spelling of ['Kénogami', 'KENOGAMI']) {
      const found = await searchFor(page, spelling);
      expect(found[0], spelling).toBe('/territoire/lac-kenogami/');
      expect([...found].sort(), spelling).toEqual([...plain].sort());
    }
    await context.close();
  });

  it('finds every partner offering a need, then narrows to a municipality, with the state in the URL', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin);
    await page.goto(`${opened.server.url}recherche/`);
    const housing = directory.servicesFor('logement').map((item) => organismePath(item.organisme.id));
    expect(housing.length).toBeGreaterThan(2);
    const all = await searchFor(page, 'logement');
    expect(all).toEqual(expect.arrayContaining(housing));

    await page.selectOption('#recherche-municipalite', 'saint-ambroise');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('municipalite') === 'saint-ambroise');
    const narrowed = await resultPaths(page);
    const servingSaintAmbroise = new Set(
      [...directory.organismesIn('saint-ambroise').map((entry) => organismePath(entry.id)), '/territoire/saint-ambroise/'],
    );
    const expected = housing.filter((path) => servingSaintAmbroise.has(path));
    // The rural centre is in Saint-Ambroise, the regional association everywhere; the office and the comptoir elsewhere.
    expect(expected.sort()).toEqual(['/organismes/association-regionale-fictive/', '/organismes/centre-rural-fictif/']);
    expect(narrowed).toEqual(expect.arrayContaining(expected));
    expect(narrowed.filter((path) => !servingSaintAmbroise.has(path))).toEqual([]);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(await page.locator('[data-search-status]').innerText()).toBe(fr.search.count(narrowed.length, 'logement'));

    // The link a social worker sends gives the same list.
    const shared = page.url();
    expect(shared).toContain('q=logement');
    const second = await openPage(opened.browser, opened.server.origin);
    await second.page.goto(shared);
    // The search script fills the form from the link once it has loaded: wait for its results first.
    expect((await resultPaths(second.page)).sort()).toEqual([...narrowed].sort());
    expect(await second.page.inputValue('#recherche-q')).toBe('logement');
    expect(await second.page.inputValue('#recherche-municipalite')).toBe('saint-ambroise');
    await second.context.close();
    await context.close();
  });

  it('filters on need alone and on free services', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin);
    await page.goto(`${opened.server.url}recherche/?besoin=alimentation`);
    const food = [...new Set(directory.servicesFor('alimentation').map((item) => organismePath(item.organisme.id)))];
    expect((await resultPaths(page)).sort()).toEqual(food.sort());
    await page.check('#recherche-gratuit');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gratuit') === 'oui');
    const free = [
      ...new Set(
        directory
          .servicesFor('alimentation')
          .filter((item) => directory.servicesOf(item.organisme.id).some((service) => service.gratuit === true))
          .map((item) => organismePath(item.organisme.id)),
      ),
    ];
    expect((await resultPaths(page)).sort()).toEqual(free.sort());
    await context.close();
  });

  it('shows the name, the municipalities, the matched service and the phone of a result', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin);
    await page.goto(`${opened.server.url}recherche/?q=${encodeURIComponent("Café d'accueil")}`);
    await resultPaths(page);
    const result = page.locator('.search-result', { has: page.locator('h3', { hasText: 'Maison du quartier fictive' }) });
    await expect.poll(() => result.count()).toBe(1);
    const text = (await result.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Municipalités : Jonquière, Lac-Kénogami');
    expect(text).toContain("Service : Café d'accueil");
    expect(text).toContain('Téléphone : 418 555-0120');
    expect(await result.locator('a[href^="tel:"]').getAttribute('href')).toBe('tel:+14185550120');
    await context.close();
  });

  it('loads the search code and index only when the search is used', async () => {
    const { page, context, requests } = await openPage(opened.browser, opened.server.origin);
    await page.goto(opened.server.url);
    await page.goto(`${opened.server.url}recherche/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.focus('#recherche-q');
    await page.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'));
    await context.close();
  });

  it('can be used with the keyboard alone: reach the search, type, reach a result and open it', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin);
    await page.goto(`${opened.server.url}recherche/`);
    await tabTo(page, '#recherche-q');
    await page.keyboard.type('dépannage alimentaire');
    await page.keyboard.press('Enter');
    await resultPaths(page);
    await tabTo(page, '[data-search-list] h3 a');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    expect(new URL(target).pathname).toMatch(/^\/organismes\/[a-z0-9-]+\/$/);
    await context.close();
  });

  it('sends the home page search box to the search page, which lists the whole directory without JavaScript', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin, { javaScriptEnabled: false });
    await page.goto(opened.server.url);
    await page.fill('#accueil-recherche-q', 'logement');
    await page.press('#accueil-recherche-q', 'Enter');
    await page.waitForURL(/\/recherche\/\?q=logement$/);
    await expect.poll(() => page.locator('noscript').count()).toBeGreaterThan(0);
    await page.click('text=Tous les organismes, classés par besoin');
    await page.waitForURL(/\/organismes\/$/);
    const listed = new Set(await page.$$eval('main .card h3 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)));
    expect([...listed].sort()).toEqual(directory.organismes.map((entry) => organismePath(entry.id)).sort());
    await context.close();
  });
});

describe(`search on the site deployed under ${TEST_BASE}`, () => {
  it('finds pages and links them under the base', async () => {
    const based = await startStaticServer(inject('siteDirWithBase'), TEST_BASE);
    const { page, context } = await openPage(opened.browser, based.origin);
    await page.goto(`${based.url}recherche/?q=kenogami`);
    expect((await resultPaths(page))[0]).toBe(`${TEST_BASE}territoire/lac-kenogami/`);
    await context.close();
    await based.close();
  });
});
