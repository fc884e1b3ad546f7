import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, tabTo, tileOrigin } from '../support/browser';
import { map } from '../../src/i18n/fr';
import { mapPoints, type MapPlaceDetails, type MapPositions } from '../../src/lib/map';
import { siteContent } from '../support/content';
import { isLeafletScript } from '../support/page-weight';
import { startStaticServer, type StaticServer } from '../support/static-server';

let browser: Browser;
let fixture: StaticServer;
let site: StaticServer;
let scale: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  fixture = await startStaticServer(inject('fixtureMapDir'));
  site = await startStaticServer(inject('siteDir'));
  scale = await startStaticServer(inject('scaleSiteDir'));
});

afterAll(async () => {
  await fixture?.close();
  await site?.close();
  await scale?.close();
  await browser?.close();
});

/** Places the map shows: one per single marker, plus the count written on each cluster. */
async function placesOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const singles = document.querySelectorAll('.leaflet-marker-pane .map-marker').length;
    const clustered = [...document.querySelectorAll('.leaflet-marker-pane .map-cluster [aria-hidden="true"]')].reduce(
      (sum, count) => sum + Number(count.textContent),
      0,
    );
    return singles + clustered;
  });
}

/** Built scripts holding Leaflet. */
function leafletChunks(siteDir: string): string[] {
  const dir = join(siteDir, '_astro');
  const chunks = readdirSync(dir).filter((name) => name.endsWith('.js') && isLeafletScript(readFileSync(join(dir, name), 'utf8')));
  expect(chunks.length).toBeGreaterThan(0);
  return chunks;
}

const loadsLeaflet = (requests: string[], siteDir: string) =>
  requests.filter((url) => leafletChunks(siteDir).some((chunk) => url.endsWith(`/_astro/${chunk}`)));

async function listedPlaces(page: Page): Promise<string[]> {
  return page.$$eval('[data-place]:not([hidden])', (items) => items.map((item) => (item as HTMLElement).dataset.place ?? ''));
}

/** Holds the worker's request for the positions until the returned function is called. */
async function holdPositions(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/carte/positions.json', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function mapReady(page: Page): Promise<void> {
  await page.locator('.leaflet-marker-pane .leaflet-marker-icon').first().waitFor();
}

describe('map of the fictional content (tests/fixtures/carte)', () => {
  it('shows one marker or cluster count per located place, and lists the others as "adresse à confirmer"', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    await page.goto(`${fixture.url}carte/`);
    await mapReady(page);
    await expect.poll(() => placesOnMap(page)).toBe(3);
    // A and B are 30 m apart: at the territory's zoom they share a cluster.
    expect(await page.locator('.map-cluster').count()).toBe(1);
    expect(await listedPlaces(page)).toHaveLength(4);
    const unlocated = page.locator('#lieux-a-confirmer-titre + p + ul [data-place]');
    expect(await unlocated.count()).toBe(1);
    expect(await unlocated.innerText()).toContain('Organisme fictif D');
    expect(await unlocated.innerText()).toContain('adresse à confirmer');
    await context.close();
  });

  it('changes markers and list together when filtering, and keeps the filters in the URL', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    await page.goto(`${fixture.url}carte/`);
    await mapReady(page);
    await page.selectOption('#carte-besoin', 'alimentation');
    await expect.poll(() => placesOnMap(page)).toBe(2);
    expect((await listedPlaces(page)).sort()).toEqual(['organisme-fictif-a--local', 'organisme-fictif-c--comptoir']);
    expect(new URL(page.url()).searchParams.get('besoin')).toBe('alimentation');

    // A whole-territory place stays under every municipality.
    await page.selectOption('#carte-besoin', 'logement');
    await page.selectOption('#carte-municipalite', 'larouche');
    await expect.poll(() => placesOnMap(page)).toBe(1);
    expect(await listedPlaces(page)).toEqual(['organisme-fictif-b--bureau']);
    expect(await page.locator('[data-map-count]').innerText()).toBe('1 lieu affiché.');

    const shared = await openPage(browser, fixture.origin);
    await shared.page.goto(page.url());
    await mapReady(shared.page);
    await expect.poll(() => placesOnMap(shared.page)).toBe(1);
    await shared.context.close();
    await context.close();
  });

  it('lets the keyboard reach a marker by its name and the link of its popup', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    await page.goto(`${fixture.url}carte/`);
    await mapReady(page);
    await tabTo(page, '.map-marker');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Organisme fictif C, Comptoir fictif C');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('.leaflet-popup') !== null);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe(
      '/organismes/organisme-fictif-c/',
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe('tel:+14185550103');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.classList.contains('map-marker'));
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);

    // A cluster is a button too: Enter zooms in and the keyboard lands on what it held.
    await page.focus('.map-cluster');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('2 lieux à cet endroit');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('.map-marker') ?? false);
    expect(['Organisme fictif A, Local fictif A', 'Organisme fictif B, Bureau fictif B']).toContain(
      await page.evaluate(() => document.activeElement?.textContent),
    );
    expect(await page.locator('.map-cluster').count()).toBe(0);
    await context.close();
  });

  it('zooms into a cluster of the page’s first view with Enter before the positions arrive, and hands the focus on', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    const release = await holdPositions(page);
    await page.goto(`${fixture.url}carte/`);
    await mapReady(page);
    await page.focus('.map-cluster');
    await page.keyboard.press('Enter');
    // The zoom ends (Leaflet animates it) while the worker still waits for the positions.
    await page.waitForTimeout(1000);
    release();
    await page.waitForFunction(() => document.activeElement?.matches('.map-marker') ?? false);
    expect(['Organisme fictif A, Local fictif A', 'Organisme fictif B, Bureau fictif B']).toContain(
      await page.evaluate(() => document.activeElement?.textContent),
    );
    await context.close();
  });

  it('lists places that share an address in one popup, since no zoom can separate them', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    // This test's own content: B moved to A's exact position.
    await page.route('**/carte/positions.json', async (route) => {
      const positions = (await (await route.fetch()).json()) as MapPositions;
      const details = JSON.parse(readFileSync(join(inject('fixtureMapDir'), 'carte/lieux.json'), 'utf8')) as MapPlaceDetails[];
      const row = (id: string) => positions.places[details.findIndex((place) => place.id === id)]!;
      const [a, b] = [row('organisme-fictif-a--local'), row('organisme-fictif-b--bureau')];
      [b[0], b[1]] = [a[0], a[1]];
      await route.fulfill({ json: positions });
    });
    await page.goto(`${fixture.url}carte/`);
    const spot = page.getByRole('button', { name: map.sameSpotLabel(2) });
    await spot.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('.leaflet-popup') !== null);
    const links = await page.$$eval('.leaflet-popup-content a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.sort()).toEqual(['/organismes/organisme-fictif-a/', '/organismes/organisme-fictif-b/']);
    expect(await page.locator('.leaflet-popup').innerText()).toContain(map.sameSpotTitle(2));
    await context.close();
  });

  it('shows the first clusters written in the page before the positions arrive, and the worker keeps them (issue 18)', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    // Counts the questions the page asks its worker and the answers it gets.
    await page.addInitScript(() => {
      const counts = { asked: 0, answered: 0 };
      const listened = new WeakSet<Worker>();
      const post = Worker.prototype.postMessage as (this: Worker, message: unknown) => void;
      Worker.prototype.postMessage = function (this: Worker, message: unknown) {
        if (!listened.has(this)) {
          listened.add(this);
          this.addEventListener('message', () => (counts.answered += 1));
        }
        counts.asked += 1;
        post.call(this, message);
      };
      Object.assign(window, { workerCounts: counts });
    });
    const release = await holdPositions(page);
    await page.goto(`${fixture.url}carte/`);
    await mapReady(page);
    await expect.poll(() => placesOnMap(page)).toBe(3);
    expect(await page.locator('.map-cluster').count()).toBe(1);
    expect(await page.locator('.map-marker').innerText()).toBe('Organisme fictif C, Comptoir fictif C');
    await page.$$eval('.leaflet-marker-icon', (markers) => markers.forEach((marker) => marker.setAttribute('data-from-page', '')));

    const names = page.waitForResponse(/\/carte\/lieux\.json$/);
    release();
    await names;
    await page.waitForFunction(() => {
      const { asked, answered } = (window as unknown as { workerCounts: { asked: number; answered: number } }).workerCounts;
      return asked > 0 && answered === asked;
    });
    // The worker's clusters are the page's: the markers drawn from the page are still the ones shown.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(2);
    expect(await page.locator('.leaflet-marker-icon[data-from-page]').count()).toBe(2);
    expect(await placesOnMap(page)).toBe(3);
    await context.close();
  });

  it('centres on the place named in the URL, as the profiles link to it', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    await page.goto(`${fixture.url}organismes/organisme-fictif-a/`);
    await page.click('text=Voir ce lieu sur la carte');
    await page.waitForURL(/\/carte\/\?lieu=organisme-fictif-a--local$/);
    await page.locator('.leaflet-popup a', { hasText: 'Organisme fictif A' }).waitFor();

    await page.goto(`${fixture.url}carte/?lieu=organisme-fictif-d--bureau`);
    await page.waitForFunction(() => document.activeElement?.id === 'lieu-organisme-fictif-d--bureau');
    await context.close();
  });

  it('loads Leaflet and tiles on a territory page only when its small map scrolls into view', async () => {
    const { page, context, requests } = await openPage(browser, fixture.origin, { viewport: { width: 375, height: 640 } });
    await page.goto(`${fixture.url}territoire/larouche/`);
    await page.waitForLoadState('networkidle');
    const below = await page.$eval('[data-map]', (map) => map.getBoundingClientRect().top - window.innerHeight);
    expect(below).toBeGreaterThan(200);
    expect(requests.filter((url) => url.startsWith(tileOrigin) || /\/carte\/(positions|lieux)\.json$/.test(url))).toEqual([]);
    expect(loadsLeaflet(requests, inject('fixtureMapDir'))).toEqual([]);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    await page.locator('[data-map]').scrollIntoViewIfNeeded();
    await mapReady(page);
    // Larouche: C is there, B serves the whole territory; A serves Jonquière only.
    await expect.poll(() => placesOnMap(page)).toBe(2);
    expect(requests.some((url) => url.startsWith(tileOrigin))).toBe(true);
    expect(loadsLeaflet(requests, inject('fixtureMapDir'))).toHaveLength(1);
    await context.close();
  });

  it('puts no map script on a profile page', async () => {
    const { page, context, requests } = await openPage(browser, fixture.origin);
    await page.goto(`${fixture.url}organismes/organisme-fictif-a/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-map], script[src*="map"]').count()).toBe(0);
    expect(requests.filter((url) => /\/carte\/(positions|lieux)\.json$/.test(url) || url.startsWith(tileOrigin))).toEqual([]);
    expect(loadsLeaflet(requests, inject('fixtureMapDir'))).toEqual([]);
    await context.close();
  });
});

describe('map of content without coordinates (tests/fixtures/site)', () => {
  it('lists every place as "adresse à confirmer" and loads no Leaflet', async () => {
    const { page, context, requests } = await openPage(browser, site.origin);
    await page.goto(`${site.url}carte/`);
    await page.waitForLoadState('networkidle');
    const organismes = siteContent().organismes;
    expect(organismes.every((organisme) => organisme.data.lieux.every((lieu) => lieu.coordonnees === undefined))).toBe(true);
    const places = organismes.flatMap((organisme) => organisme.data.lieux.map((lieu) => `${organisme.id}--${lieu.id}`));
    expect(places.length).toBeGreaterThan(0);
    expect((await listedPlaces(page)).sort()).toEqual(places.sort());
    expect(await page.locator('#lieux-a-confirmer-titre + p + ul [data-place]').count()).toBe(places.length);
    expect(await page.locator('[data-map]').count()).toBe(0);
    expect(requests.filter((url) => /\/carte\/(positions|lieux)\.json$/.test(url) || url.startsWith(tileOrigin))).toEqual([]);
    expect(loadsLeaflet(requests, inject('siteDir'))).toEqual([]);
    // Its script filters the list, and holds no map code that would start nothing.
    const scripts = requests.filter((url) => url.endsWith('.js')).map((url) => readFileSync(join(inject('siteDir'), new URL(url).pathname), 'utf8'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((code) => code.includes('Worker('))).toEqual([]);
    await context.close();
  });
});

describe('map of a directory too large to list its places on the map page (160 organisations)', () => {
  it('counts the places the map shows, and updates the count with the filters', async () => {
    const { page, context } = await openPage(browser, scale.origin);
    const places = mapPoints(JSON.parse(readFileSync(join(inject('scaleSiteDir'), 'carte/positions.json'), 'utf8')) as MapPositions);
    const inLarouche = places.filter((place) => place.municipalites.includes('larouche')).length;
    expect(inLarouche).toBeGreaterThan(0);
    expect(inLarouche).toBeLessThan(places.length);
    await page.goto(`${scale.url}carte/`);
    await mapReady(page);
    expect(await listedPlaces(page)).toEqual([]);
    await expect.poll(() => page.locator('[data-map-count]').innerText()).toBe(map.countOnMap(places.length));
    await expect.poll(() => placesOnMap(page)).toBe(places.length);
    await page.selectOption('#carte-municipalite', 'larouche');
    await expect.poll(() => page.locator('[data-map-count]').innerText()).toBe(map.countOnMap(inLarouche));
    await expect.poll(() => placesOnMap(page)).toBe(inLarouche);
    await context.close();
  });
});
