/**
 * The printed guides in Chromium, on the fictional content of tests/fixtures/carte (where Jonquière is served
 * by organisation A's food bank and by organisation B's housing help, which serves the whole territory):
 * every service is on the guide, the QR code leads back to the municipality's page, the printout is short.
 */
import AxeBuilder from '@axe-core/playwright';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { startStaticServer, type StaticServer } from '../support/static-server';

let browser: Browser;
let fixture: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  fixture = await startStaticServer(inject('fixtureMapDir'));
});

afterAll(async () => {
  await fixture?.close();
  await browser?.close();
});

/** Decodes a QR code drawn as SVG, as a phone camera would read the printed square. */
function decodeQr(svg: string): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' }).render();
  const decoded = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  return decoded?.data;
}

/** Number of pages of a PDF, counted from its page objects. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

describe('printed guide of a municipality (fixture content)', () => {
  it('lists every service serving the municipality, whole-territory ones included, under their need', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    await page.goto(`${fixture.url}territoire/jonquiere/guide/`);
    const services = await page.locator('[data-service]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.service));
    expect(services.sort()).toEqual(['fictif-a-depannage', 'fictif-b-logement']);
    expect(await page.locator('h3', { hasText: 'Alimentation' }).count()).toBe(1);
    expect(await page.locator('h3', { hasText: 'Logement' }).count()).toBe(1);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Organisme fictif A');
    expect(main).toContain('418 555-0101');
    expect(main).toContain('100, rue Fictive, Jonquière (Québec)');
    expect(main).not.toContain('Organisme fictif C');
    await context.close();
  });

  it('has a QR code that decodes to the address of the municipality page', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    await page.goto(`${fixture.url}territoire/larouche/`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('link', { name: 'Version à imprimer' }).click();
    await page.waitForURL('**/territoire/larouche/guide/');
    const svg = await page.locator('svg.qr').evaluate((element) => element.outerHTML);
    expect(canonical).toMatch(/\/territoire\/larouche\/$/);
    expect(decodeQr(svg)).toBe(canonical);
    await context.close();
  });

  it('prints on one Letter page, municipality and whole territory alike, with axe finding nothing on screen or in print', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    for (const path of ['territoire/jonquiere/guide/', 'guide/']) {
      await page.goto(`${fixture.url}${path}`);
      expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations, path).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations, path).toEqual([]);
      expect(await page.locator('.site-header').isVisible(), path).toBe(false);
      const pdf = await page.pdf({ format: 'Letter' });
      expect(pdfPages(pdf), path).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
  });

  it('shows the whole-territory guide with every fictional service', async () => {
    const { page, context } = await openPage(browser, fixture.origin);
    await page.goto(`${fixture.url}guide/`);
    const services = await page.locator('[data-service]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.service));
    expect(services.sort()).toEqual(['fictif-a-depannage', 'fictif-b-logement', 'fictif-c-comptoir', 'fictif-d-emploi']);
    await context.close();
  });
});
