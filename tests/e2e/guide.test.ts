/**
 * The printed guides in Chromium, on the content the tests own (tests/fixtures/site): from the municipality
 * page to its guide, every service there, the QR code leading back to the municipality's page, a short
 * printout on Letter paper, axe finding nothing on screen or in print.
 */
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openPage, siteInBrowser, WCAG_TAGS } from '../support/browser';


const opened = siteInBrowser('siteDir');

/** Decodes a QR code drawn as SVG, as a phone camera would read the printed square. */
async function decodeQr(svg: string): Promise<string | undefined> {
  // An SVG copied out of an HTML page has no namespace; as a file of its own it needs one.
  const file = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  const { data, info } = await sharp(Buffer.from(file)).resize({ width: 400 }).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

/** Number of pages of a PDF, counted from its page objects. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

describe('printed guide of a municipality (content the tests own)', () => {
  it('lists every service serving Saint-Ambroise, whole-territory ones included, under their need', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin);
    await page.goto(`${opened.server.url}territoire/saint-ambroise/guide/`);
    const services = await page.locator('[data-service]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.service));
    expect(services.sort()).toEqual(['college-formation', 'regionale-droits-locataires', 'rural-depannage', 'rural-logement']);
    expect(await page.locator('h3', { hasText: 'Alimentation' }).count()).toBe(1);
    expect(await page.locator('h3', { hasText: 'Logement' }).count()).toBe(1);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Centre rural fictif');
    expect(main).toContain('418\u00a0555-0150');
    expect(main).toContain('2600, rue des Exemples, Jonquière (Québec)');
    expect(main).not.toContain('Comptoir alimentaire fictif');
    await context.close();
  });

  it('has a QR code that decodes to the address of the municipality page', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin);
    await page.goto(`${opened.server.url}territoire/larouche/`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('link', { name: 'Version à imprimer' }).click();
    await page.waitForURL('**/territoire/larouche/guide/');
    const svg = await page.locator('svg.qr').evaluate((element) => element.outerHTML);
    expect(canonical).toMatch(/\/territoire\/larouche\/$/);
    expect(await decodeQr(svg)).toBe(canonical);
    await context.close();
  });

  it('prints on few Letter pages, without the site’s navigation, axe finding nothing on screen or in print', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin);
    // Jonquière has the most services of this content; the whole territory has them all.
    for (const [path, most] of [
      ['territoire/jonquiere/guide/', 2],
      ['guide/', 2],
    ] as const) {
      await page.goto(`${opened.server.url}${path}`);
      expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations, path).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations, path).toEqual([]);
      expect(await page.locator('.site-header').isVisible(), path).toBe(false);
      const pages = pdfPages(await page.pdf({ format: 'Letter' }));
      expect(pages, path).toBeGreaterThan(0);
      expect(pages, path).toBeLessThanOrEqual(most);
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
  });
});
