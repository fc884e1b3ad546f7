/**
 * Browser tests drive a Chromium through playwright-core: the one the browser tests' global setup found or
 * installed (support/chromium.ts). Every request a page makes is recorded; map tiles are answered locally; anything
 * else leaving the local server is refused and reported by the tests.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server';
import { CHROMIUM_ARGS } from './chromium';
import { site } from '../../src/site.config';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

/** The host map tiles come from, from the site configuration. */
export const tileOrigin = new URL(site.map.tileUrl.replace(/\{[a-z]\}/g, '0')).origin;

/** A 1×1 transparent PNG, the answer to every tile request. */
const EMPTY_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export interface RecordedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
}

export async function openPage(browser: Browser, origin: string, options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<RecordedPage> {
  const context = await browser.newContext({
    locale: 'fr-CA',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    if (url.startsWith(`${tileOrigin}/`)) return route.fulfill({ body: EMPTY_TILE, contentType: 'image/png' });
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  return { context, page, requests };
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Aucun élément « ${selector} » atteint au clavier en ${limit} tabulations`);
}

/** The WCAG 2.2 AA rules the tests ask axe to check. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The built sites the global setups provide. */
type SiteDir = 'siteDir' | 'siteDirWithBase' | 'siteDirWithoutOg' | 'realSiteDir' | 'scaleSiteDir' | 'fixtureMapDir';

/** A Chromium and a local server of one built site, opened before a test file's tests and closed after. */
export function siteInBrowser(siteDir: SiteDir): { browser: Browser; server: StaticServer } {
  const opened = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    opened.browser = await launchBrowser();
    opened.server = await startStaticServer(inject(siteDir));
  });
  afterAll(async () => {
    await opened.server?.close();
    await opened.browser?.close();
  });
  return opened;
}
