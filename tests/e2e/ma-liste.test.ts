/**
 * « Ma liste » in Chromium, on the content the tests own (tests/fixtures/site): a reader adds services from
 * their profiles, finds them on /ma-liste/, takes the list away (shared link, text message, paper), removes
 * and empties; without JavaScript the page says what it needs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { maListe } from '../../src/i18n/ma-liste';
import { smsCount } from '../../src/lib/ma-liste';
import { openPage, type RecordedPage, siteInBrowser } from '../support/browser';


const opened = siteInBrowser('siteDir');

const items = (page: Page) => page.locator('[data-list-items] > li');

/** The services shown on the list, as their headings read. */
async function listed(page: Page): Promise<string[]> {
  return items(page).locator('h2').allInnerTexts();
}

/** Adds the food counter's grocery and the regional association's tenants' rights help from their profiles. */
async function addTwo(recorded: RecordedPage): Promise<void> {
  const { page } = recorded;
  for (const organisme of ['comptoir-fictif', 'association-regionale-fictive']) {
    await page.goto(`${opened.server.url}organismes/${organisme}/`);
    await page.getByRole('link', { name: /^Ajouter à ma liste/ }).first().click();
    await page.waitForURL(`${opened.server.url}ma-liste/`);
    await expect.poll(() => page.locator('[data-list-status]').innerText()).toContain('Ajouté à votre liste');
  }
}

describe('Ma liste (content the tests own)', () => {
  it('shows two services added from their profiles, with organisation, phone, address and what is to confirm', async () => {
    const recorded = await openPage(opened.browser, opened.server.origin);
    await addTwo(recorded);
    const { page } = recorded;
    expect(await listed(page)).toEqual(['Épicerie solidaire', 'Droits des locataires']);
    const first = await items(page).first().innerText();
    expect(first).toContain('Comptoir alimentaire fictif');
    expect(first).toContain('418\u00a0555-0140');
    expect(first).toContain('150, rue des Exemples, Jonquière (Québec)');
    expect(first).toMatch(/À confirmer\s+Heures/);
    // The address does not keep the added service: a reload shows the list as stored.
    await page.reload();
    await expect.poll(() => listed(page)).toHaveLength(2);
    // Nothing asked of any other host.
    expect(recorded.requests.filter((url) => !url.startsWith(`${opened.server.origin}/`))).toEqual([]);
    await recorded.context.close();
  });

  it('opens the same list from its shared link in a fresh browser', async () => {
    const sender = await openPage(opened.browser, opened.server.origin);
    await addTwo(sender);
    const link = await sender.page.locator('[data-list-share]').getAttribute('href');
    expect(link).toBe(`${opened.server.url}ma-liste/?s=comptoir-epicerie,regionale-droits-locataires`);
    const names = await listed(sender.page);
    await sender.context.close();

    const receiver = await openPage(opened.browser, opened.server.origin);
    await receiver.page.goto(link!);
    await expect.poll(() => listed(receiver.page)).toEqual(names);
    expect(await receiver.page.locator('[data-list-status]').innerText()).toContain('Liste reçue (2 services)');
    // Kept on that device too.
    await receiver.page.goto(`${opened.server.url}ma-liste/`);
    await expect.poll(() => listed(receiver.page)).toEqual(names);
    await receiver.context.close();
  });

  it('writes a text message with each name and phone and the shared link, in one or two messages, and an e-mail', async () => {
    const recorded = await openPage(opened.browser, opened.server.origin);
    await addTwo(recorded);
    const sms = await recorded.page.locator('[data-list-sms]').getAttribute('href');
    expect(sms).toMatch(/^sms:\?&body=/);
    const body = decodeURIComponent(sms!.replace(/^sms:\?&body=/, ''));
    expect(body).toContain('Comptoir alimentaire fictif');
    expect(body).toContain('418 555-0140');
    expect(body).toContain('Association régionale fictive');
    expect(body).toContain('418 555-0150');
    expect(body).toContain(`${opened.server.url}ma-liste/?s=comptoir-epicerie,regionale-droits-locataires`);
    expect(smsCount(body)).toBeLessThanOrEqual(2);
    expect(await recorded.page.locator('[data-list-sms-size]').innerText()).toBe(maListe.smsSize(smsCount(body)));
    const email = decodeURIComponent((await recorded.page.locator('[data-list-email]').getAttribute('href'))!);
    expect(email).toContain('Droits des locataires (Association régionale fictive)');
    expect(email).toContain('150, rue des Exemples, Jonquière (Québec)');
    await recorded.context.close();
  });

  it('removes one service, then empties the list, for good', async () => {
    const recorded = await openPage(opened.browser, opened.server.origin);
    await addTwo(recorded);
    const { page } = recorded;
    await page.getByRole('button', { name: 'Retirer : Épicerie solidaire' }).click();
    expect(await listed(page)).toEqual(['Droits des locataires']);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: maListe.clear }).click();
    await expect.poll(() => items(page).count()).toBe(0);
    expect(await page.locator('[data-list-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-list-actions]').isVisible()).toBe(false);
    await page.reload();
    await expect.poll(() => page.locator('[data-list-empty]').isVisible()).toBe(true);
    expect(await items(page).count()).toBe(0);
    await recorded.context.close();
  });

  it('prints the list alone on one Letter page, and axe finds nothing on screen or in print', async () => {
    const recorded = await openPage(opened.browser, opened.server.origin);
    await addTwo(recorded);
    const { page } = recorded;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
    for (const hidden of ['.site-header', '.site-footer', '[data-list-actions]', 'button']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.my-list__printed').innerText()).toContain('/ma-liste/?s=comptoir-epicerie,regionale-droits-locataires');
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(1);
    await recorded.context.close();
  });

  it('says without JavaScript what the page needs, and shows no control that would not work', async () => {
    const recorded = await openPage(opened.browser, opened.server.origin, { javaScriptEnabled: false });
    const { page } = recorded;
    await page.goto(`${opened.server.url}ma-liste/?ajouter=comptoir-epicerie`);
    expect(await page.locator('main').innerText()).toContain(maListe.noScript);
    expect(await page.locator('main button:visible, main [data-my-list]:visible').count()).toBe(0);
    await recorded.context.close();
  });
});
