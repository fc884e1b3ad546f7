/**
 * The partner form (/contribuer/fiche/) in Chromium, on the real site: a profile's update link opens the
 * form filled with what the site knows; a new profile typed in the form (on a 360 px phone, offline once
 * loaded) gives a file the content check accepts and the build turns into a page showing what was typed;
 * bad input is refused beside its field in French; axe finds nothing in any state.
 */
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { fiche } from '../../src/i18n/fiche';
import { fr } from '../../src/i18n/fr';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { isoDate } from '../../src/lib/format';
import { formatPhone } from '../../src/lib/phone';
import { formFileId, writtenProfile } from '../../src/lib/profile-file';
import { fieldId, unknownPaths } from '../../src/lib/profile-form';
import { receiveProfile } from '../../src/lib/receive-profile';
import { openPage, type RecordedPage, siteInBrowser, tabTo, tileOrigin, WCAG_TAGS } from '../support/browser';
import { site } from '../../src/site.config';
import { buildSite, projectRoot } from '../support/build-site';
import { realContent } from '../support/content';
import { readPage } from '../support/dist';

const PHONE = { width: 360, height: 780 };

const content = realContent();
const scratch = mkdtempSync(join(tmpdir(), 'tlpj-fiche-e2e-'));
const opened = siteInBrowser('realSiteDir');

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function openForm(query = '', options: { viewport?: typeof PHONE } = {}): Promise<RecordedPage> {
  const recorded = await openPage(opened.browser, opened.server.origin, options);
  await recorded.page.goto(`${opened.server.url}contribuer/fiche/${query}`);
  await recorded.page.locator('form[data-profile-form]').waitFor({ state: 'visible' });
  return recorded;
}

async function prepare(page: Page): Promise<string> {
  await page.getByRole('button', { name: fiche.submit }).click();
  await page.locator('[data-profile-output]').waitFor({ state: 'visible' });
  return page.inputValue('[data-file]');
}

/** The error shown for a field, checked the way a screen reader reaches it. */
async function errorOf(page: Page, id: string): Promise<string> {
  const field = page.locator(`#${id}`);
  expect(await field.getAttribute('aria-invalid'), id).toBe('true');
  expect((await field.getAttribute('aria-describedby'))?.split(' '), id).toContain(`${id}-erreur`);
  return page.locator(`#${id}-erreur`).innerText();
}

/** The content of the site with one more profile file, in a folder of its own. */
function contentWith(id: string, text: string): string {
  const dir = mkdtempSync(join(scratch, 'contenu-'));
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  writeFileSync(join(dir, 'organismes', `${id}.md`), text);
  return dir;
}

describe('a profile updated from its page', () => {
  // The most complete profile of the model, whichever it is this week.
  const entry = [...content.organismes].sort(
    (a, b) => b.data.services.length + b.data.telephones.length + b.data.lieux.length - (a.data.services.length + a.data.telephones.length + a.data.lieux.length),
  )[0]!;

  it('links its page to the form, which fills itself with what the site knows and marks what is to confirm', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin);
    await page.goto(`${opened.server.url}organismes/${entry.id}/`);
    await page.getByRole('link', { name: fiche.updateLink }).click();
    await page.locator('form[data-profile-form]').waitFor({ state: 'visible' });
    expect(new URL(page.url()).searchParams.get('id')).toBe(entry.id);
    await expect.poll(() => page.inputValue('#f-nom')).toBe(entry.data.nom);
    expect(await page.locator('[data-fiche-status]').innerText()).toBe(fiche.updating(entry.data.nom));
    const { data } = entry;
    expect(await page.locator('[data-list="services"] > [data-items] > [data-item]').count()).toBe(data.services.length);
    expect(await page.locator('[data-list="lieux"] > [data-items] > [data-item]').count()).toBe(data.lieux.length);
    for (const [index, service] of data.services.entries()) expect(await page.inputValue(`#f-services-${index}-nom`)).toBe(service.nom);
    for (const [index, telephone] of data.telephones.entries()) {
      expect(await page.inputValue(`#f-telephones-${index}-numero`)).toBe(formatPhone(telephone.numero));
    }
    const served = await page.$$eval('#f-territoires-municipalites input:checked', (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const municipalites = data.territoires?.municipalites ?? [];
    expect(served).toEqual(municipalites === 'tout' ? ['tout'] : expect.arrayContaining(municipalites));
    // What the site shows « à confirmer »: the profile's own list at the top, the empty fields marked.
    const listed = page.locator('[data-to-confirm] li');
    expect(await listed.allInnerTexts()).toEqual(data.a_confirmer);
    for (const path of unknownPaths(writtenProfile(data))) {
      const marked = await page.evaluate((id) => document.getElementById(id)?.closest('.is-unknown') !== null, fieldId(path));
      expect(marked, path.join('.')).toBe(true);
    }
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('gives back, unchanged, a profile whose partner only confirms it: nothing lost but the date moved', async () => {
    const { page, context } = await openForm(`?id=${entry.id}`);
    await expect.poll(() => page.inputValue('#f-nom')).toBe(entry.data.nom);
    const text = await prepare(page);
    expect(formFileId(text)).toBe(entry.id);
    const received = receiveProfile(text, { contentDir: join(projectRoot, 'content'), root: projectRoot });
    expect(received.errors.map(formatIssue)).toEqual([]);
    expect(received.isNew).toBe(false);
    // Confirming is the organisation stating its profile today: its confirmation date, and its status's year.
    expect(received.changes.filter((change) => !['confirme_le', 'statut_annee'].includes(change.field))).toEqual([]);
    expect(received.changes.map((change) => change.field)).toContain('confirme_le');
    expect(received.descriptionChanges).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe('a new profile typed on a phone', () => {
  const territoire = [...content.territoires].sort((a, b) => a.data.ordre - b.data.ordre)[0]!;
  const categorie = content.categories[0]!;
  const typed = {
    nom: 'Groupe fictif des tests du formulaire',
    resume: 'Un groupe fictif qui vérifie que le formulaire écrit une bonne fiche.',
    numero: '418 555-0142',
    poste: '12',
    courriel: 'info@groupe-fictif.example.org',
    site: 'https://groupe-fictif.example.org',
    lieu: 'Local du groupe fictif',
    rue: 'rue de l’Essai',
    codePostal: 'g7x 1a1',
    service: 'Accueil fictif du mardi',
    description: 'Un groupe inventé pour les tests.',
  };
  let text = '';

  it('is filled with the keyboard and the touch screen at 360 px, offline once loaded, and gives the file', async () => {
    const { page, context } = await openForm('', { viewport: PHONE });
    expect(await page.locator('[data-fiche-status]').innerText()).toBe(fiche.newProfile);
    await context.setOffline(true);
    await page.fill('#f-nom', typed.nom);
    await page.fill('#f-resume', typed.resume);
    await page.selectOption('#f-secteur', 'communautaire');
    await page.check(`#f-territoires-municipalites--${territoire.id}`);
    // The keyboard adds a block and lands in its first field.
    await page.locator('#f-nom').focus();
    await tabTo(page, '[data-list="telephones"] [data-add]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-telephones-0-numero');
    await page.keyboard.type(typed.numero);
    await page.fill('#f-telephones-0-poste', typed.poste);
    await page.fill('#f-courriel', typed.courriel);
    await page.fill('#f-site_web', typed.site);
    await page.getByRole('button', { name: fiche.fields.lieux.add }).click();
    await page.fill('#f-lieux-0-nom', typed.lieu);
    await page.fill('#f-lieux-0-adresse-numero', '25');
    await page.fill('#f-lieux-0-adresse-rue', typed.rue);
    await page.fill('#f-lieux-0-adresse-ville', territoire.data.nom);
    await page.fill('#f-lieux-0-adresse-code_postal', typed.codePostal);
    await page.getByRole('button', { name: fiche.fields.services.add }).click();
    await page.fill('#f-services-0-nom', typed.service);
    await page.check(`#f-services-0-categories--${categorie.id}`);
    await page.check('#f-services-0-cout-gratuit--true');
    await page.check('#f-services-0-acces--sans-rendez-vous');
    await page.getByRole('button', { name: fiche.fields.horaires.add }).click();
    await page.check('#f-services-0-horaires-0-jours--mardi');
    await page.fill('#f-services-0-horaires-0-ouverture', '09:00');
    await page.fill('#f-services-0-horaires-0-fermeture', '16:30');
    await page.getByRole('checkbox', { name: typed.lieu }).check();
    await page.fill('#f-description', typed.description);
    text = await prepare(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fiche-prete');
    expect(await page.locator('[data-preview]').innerText()).toContain(typed.service);
    expect(await page.locator('[data-download]').getAttribute('download')).toBe('groupe-fictif-des-tests-du-formulaire.md');
    if (site.coordinator.email) {
      const send = (await page.locator('[data-send]').getAttribute('href')) ?? '';
      expect(send.startsWith('mailto:')).toBe(true);
      expect(decodeURIComponent(send).includes(text) || (await page.locator('[data-too-long]').isVisible())).toBe(true);
    } else {
      // No coordinator address yet: the file is downloaded or copied, never mailed to nobody.
      expect(await page.locator('[data-send]').isVisible()).toBe(false);
    }
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('gives a file that the content check accepts and the build turns into a page showing what was typed', async () => {
    expect(text).not.toBe('');
    const id = formFileId(text)!;
    expect(id).toBe('groupe-fictif-des-tests-du-formulaire');
    const dir = contentWith(id, text);
    expect(checkContent(dir, { root: dir }).errors.map(formatIssue)).toEqual([]);
    const built = buildSite({ name: 'fiche-nouvelle', env: { CONTENT_DIR: dir, OG_IMAGES: '0' } });
    expect(built.status, built.output).toBe(0);
    const $ = readPage(built.outDir, `organismes/${id}`);
    const page = $('main').text().replace(/\s+/g, ' ');
    expect($('h1').text()).toBe(typed.nom);
    for (const shown of [typed.resume, '418 555-0142, poste 12', typed.courriel, typed.lieu, typed.rue, 'G7X 1A1', typed.service, categorie.data.nom, 'mardi, de 9 h à 16 h 30', typed.description]) {
      expect(page, shown).toContain(shown.replace(/\s+/g, ' '));
    }
    // Sent by the organisation itself: the page gives the day it confirmed, and claims no public sources consulted.
    expect(text).toMatch(/^confirme_le: \d{4}-\d{2}-\d{2}$/m);
    expect(text).not.toMatch(/^sources_consultees_le:/m);
    expect(page).toContain(fr.truth.confirmedOn);
    expect(page).not.toContain(fr.truth.sourcesConsulted);
  });
});

describe('bad input', () => {
  it('is refused beside its field, in French, and listed at the top', async () => {
    const { page, context } = await openForm('', { viewport: PHONE });
    await page.fill('#f-nom', 'Groupe fictif mal rempli');
    await page.selectOption('#f-secteur', 'communautaire');
    await page.getByRole('button', { name: fiche.fields.telephones.add }).click();
    await page.fill('#f-telephones-0-numero', '555-0142');
    await page.fill('#f-site_web', 'groupe-fictif.example.org');
    await page.getByRole('button', { name: fiche.fields.lieux.add }).click();
    await page.fill('#f-lieux-0-adresse-ville', 'Jonquière');
    await page.fill('#f-lieux-0-adresse-code_postal', 'G7X7W');
    await page.getByRole('button', { name: fiche.submit }).click();

    const summary = page.locator('[data-error-summary]');
    await summary.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.matches('[data-error-summary]'))).toBe(true);
    // No area is no error (the profile says « territoire desservi à confirmer »): three problems.
    expect(await summary.locator('h2').innerText()).toBe(fiche.errors.summaryTitle(3));
    expect(await errorOf(page, 'f-telephones-0-numero')).toMatch(/numéro de téléphone nord-américain à 10 chiffres attendu, p\. ex\. 418 542-1234/i);
    expect(await errorOf(page, 'f-site_web')).toMatch(/adresse Web attendue, commençant par http:\/\/ ou https:\/\//i);
    expect(await errorOf(page, 'f-lieux-0-adresse-code_postal')).toMatch(/code postal canadien attendu, p\. ex\. G7X 7W2/i);
    expect(await page.locator('[data-profile-output]').isVisible()).toBe(false);
    expect(await axe(page)).toEqual([]);

    // A link of the list leads to its field; a corrected field loses its error.
    await summary.getByRole('link', { name: /Téléphone n° 1 › Numéro/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-telephones-0-numero');
    await page.fill('#f-telephones-0-numero', '418 555-0142');
    await page.locator('#f-telephones-0-numero').blur();
    await expect.poll(() => page.locator('#f-telephones-0-numero').getAttribute('aria-invalid')).toBe(null);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });
});

describe('a place put on the map by the partner', () => {
  it('loads Leaflet and tiles only when asked for, and fills the coordinates from a tap or from the keyboard', async () => {
    const { page, context, requests } = await openForm('', { viewport: PHONE });
    await page.getByRole('button', { name: fiche.fields.lieux.add }).click();
    const isTile = (url: string) => url.startsWith(tileOrigin);
    const leaflet = () => page.evaluate(() => document.querySelector('.leaflet-container') !== null);
    expect(requests.filter(isTile)).toEqual([]);
    expect(await leaflet()).toBe(false);

    await page.getByRole('button', { name: fiche.fields.coordonnees.open }).click();
    const map = page.locator('[data-picker-map]');
    await map.locator('.leaflet-tile').first().waitFor({ state: 'attached' });
    expect(requests.filter(isTile).length).toBeGreaterThan(0);
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 + 30, box.y + box.height / 2);
    await expect.poll(() => page.inputValue('#f-lieux-0-coordonnees-lat')).not.toBe('');
    const tapped = { lat: Number(await page.inputValue('#f-lieux-0-coordonnees-lat')), lng: Number(await page.inputValue('#f-lieux-0-coordonnees-lng')) };
    // Inside the territory the content check accepts.
    expect(tapped.lat).toBeGreaterThan(site.territory.bounds.south);
    expect(tapped.lng).toBeGreaterThan(site.territory.bounds.west);
    expect(await page.locator('[data-fiche-status]').innerText()).toBe(fiche.fields.coordonnees.placed(String(tapped.lat), String(tapped.lng)));

    // With the keyboard: move the map, then put the place at its centre.
    await map.focus();
    await page.keyboard.press('ArrowUp');
    await page.getByRole('button', { name: fiche.fields.coordonnees.centre }).press('Enter');
    await expect.poll(() => page.inputValue('#f-lieux-0-coordonnees-lat')).not.toBe(String(tapped.lat));
    expect(await axe(page)).toEqual([]);

    // The file says the point is declared by the organisation, on the day it is prepared, and passes the check.
    await page.fill('#f-nom', 'Groupe fictif placé sur la carte');
    await page.selectOption('#f-secteur', 'communautaire');
    await page.fill('#f-lieux-0-adresse-ville', 'Jonquière');
    const placed = { lat: await page.inputValue('#f-lieux-0-coordonnees-lat'), lng: await page.inputValue('#f-lieux-0-coordonnees-lng') };
    const file = await prepare(page);
    const coordinates = /\n\s+coordonnees:\n\s+lat: (\S+)\n\s+lng: (\S+)\n\s+declare_le: (\S+)\n/.exec(file);
    expect(coordinates?.slice(1), file).toEqual([placed.lat, placed.lng, isoDate(new Date())]);
    const id = formFileId(file)!;
    const { errors } = checkContent(contentWith(id, file), { root: projectRoot });
    expect(errors.map(formatIssue)).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('says what the form needs and offers the e-mail instead, with no unusable form', async () => {
    const { page, context } = await openPage(opened.browser, opened.server.origin, { javaScriptEnabled: false });
    await page.goto(`${opened.server.url}contribuer/fiche/`);
    expect(await page.locator('form[data-profile-form]').isVisible()).toBe(false);
    expect(await page.locator('main p', { hasText: fiche.noScript }).isVisible()).toBe(true);
    if (site.coordinator.email) {
      const mail = page.getByRole('link', { name: fiche.noScriptMail });
      expect((await mail.getAttribute('href'))?.startsWith('mailto:')).toBe(true);
    } else expect(await page.locator('main p', { hasText: fr.truth.contactPending }).isVisible()).toBe(true);
    await context.close();
  });
});
