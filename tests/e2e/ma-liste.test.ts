/**
 * « Ma liste » in Chromium, on the fictional content of tests/fixtures/carte: a reader adds services from
 * their profiles, finds them on /ma-liste/, takes the list away (shared link, text message, paper), removes
 * and empties; without JavaScript the page says what it needs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maListe } from '../../src/i18n/ma-liste';
import { smsCount } from '../../src/lib/ma-liste';
import { launchBrowser, openPage, type RecordedPage } from '../support/browser';
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

const items = (page: Page) => page.locator('[data-list-items] > li');

/** The services shown on the list, as their headings read. */
async function listed(page: Page): Promise<string[]> {
  return items(page).locator('h2').allInnerTexts();
}

/** Adds organisation A's food bank and organisation B's housing help from their profiles. */
async function addTwo(recorded: RecordedPage): Promise<void> {
  const { page } = recorded;
  for (const organisme of ['organisme-fictif-a', 'organisme-fictif-b']) {
    await page.goto(`${fixture.url}organismes/${organisme}/`);
    await page.getByRole('link', { name: /^Ajouter à ma liste/ }).first().click();
    await page.waitForURL(`${fixture.url}ma-liste/`);
    await expect.poll(() => page.locator('[data-list-status]').innerText()).toContain('Ajouté à votre liste');
  }
}

describe('Ma liste (fixture content)', () => {
  it('shows two services added from their profiles, with organisation, phone, address and what is to confirm', async () => {
    const recorded = await openPage(browser, fixture.origin);
    await addTwo(recorded);
    const { page } = recorded;
    expect(await listed(page)).toEqual(['Dépannage alimentaire fictif', 'Recherche de logement fictive']);
    const first = await items(page).first().innerText();
    expect(first).toContain('Organisme fictif A');
    expect(first).toContain('418 555-0101');
    expect(first).toContain('100, rue Fictive, Jonquière (Québec)');
    expect(first).toMatch(/À confirmer\s+Heures/);
    // The address does not keep the added service: a reload shows the list as stored.
    await page.reload();
    await expect.poll(() => listed(page)).toHaveLength(2);
    // Nothing asked of any other host.
    expect(recorded.requests.filter((url) => !url.startsWith(`${fixture.origin}/`))).toEqual([]);
    await recorded.context.close();
  });

  it('opens the same list from its shared link in a fresh browser', async () => {
    const sender = await openPage(browser, fixture.origin);
    await addTwo(sender);
    const link = await sender.page.locator('[data-list-share]').getAttribute('href');
    expect(link).toBe(`${fixture.url}ma-liste/?s=fictif-a-depannage,fictif-b-logement`);
    const names = await listed(sender.page);
    await sender.context.close();

    const receiver = await openPage(browser, fixture.origin);
    await receiver.page.goto(link!);
    await expect.poll(() => listed(receiver.page)).toEqual(names);
    expect(await receiver.page.locator('[data-list-status]').innerText()).toContain('Liste reçue (2 services)');
    // Kept on that device too.
    await receiver.page.goto(`${fixture.url}ma-liste/`);
    await expect.poll(() => listed(receiver.page)).toEqual(names);
    await receiver.context.close();
  });

  it('writes a text message with each name and phone and the shared link, in one or two messages, and an e-mail', async () => {
    const recorded = await openPage(browser, fixture.origin);
    await addTwo(recorded);
    const sms = await recorded.page.locator('[data-list-sms]').getAttribute('href');
    expect(sms).toMatch(/^sms:\?&body=/);
    const body = decodeURIComponent(sms!.replace(/^sms:\?&body=/, ''));
    expect(body).toContain('Organisme fictif A');
    expect(body).toContain('418 555-0101');
    expect(body).toContain('Organisme fictif B');
    expect(body).toContain('418 555-0102');
    expect(body).toContain(`${fixture.url}ma-liste/?s=fictif-a-depannage,fictif-b-logement`);
    expect(smsCount(body)).toBeLessThanOrEqual(2);
    expect(await recorded.page.locator('[data-list-sms-size]').innerText()).toBe(maListe.smsSize(smsCount(body)));
    const email = decodeURIComponent((await recorded.page.locator('[data-list-email]').getAttribute('href'))!);
    expect(email).toContain('Recherche de logement fictive (Organisme fictif B)');
    expect(email).toContain('102, rue Fictive, Jonquière (Québec)');
    await recorded.context.close();
  });

  it('removes one service, then empties the list, for good', async () => {
    const recorded = await openPage(browser, fixture.origin);
    await addTwo(recorded);
    const { page } = recorded;
    await page.getByRole('button', { name: 'Retirer : Dépannage alimentaire fictif' }).click();
    expect(await listed(page)).toEqual(['Recherche de logement fictive']);
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
    const recorded = await openPage(browser, fixture.origin);
    await addTwo(recorded);
    const { page } = recorded;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
    for (const hidden of ['.site-header', '.site-footer', '[data-list-actions]', 'button']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.my-list__printed').innerText()).toContain('/ma-liste/?s=fictif-a-depannage,fictif-b-logement');
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(1);
    await recorded.context.close();
  });

  it('says without JavaScript what the page needs, and shows no control that would not work', async () => {
    const recorded = await openPage(browser, fixture.origin, { javaScriptEnabled: false });
    const { page } = recorded;
    await page.goto(`${fixture.url}ma-liste/?ajouter=fictif-a-depannage`);
    expect(await page.locator('main').innerText()).toContain(maListe.noScript);
    expect(await page.locator('main button:visible, main [data-my-list]:visible').count()).toBe(0);
    await recorded.context.close();
  });
});
