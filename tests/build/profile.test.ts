import { describe, expect, inject, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { site } from '../../src/site.config';
import { siteContent } from '../support/content';
import { readPage, text } from '../support/dist';

const siteDir = inject('siteDir');
const content = siteContent();

describe('partner profile pages', () => {
  it('shows phones the OQLF way, with non-breaking spaces, as tel: links with the extension', () => {
    const $ = readPage(siteDir, 'organismes/maison-du-quartier-fictive');
    const links = $('a[href^="tel:"]')
      .map((_, link) => [[$(link).attr('href'), $(link).text()]])
      .get();
    expect(links).toContainEqual(['tel:+14185550120', '418\u00a0555-0120']);
    expect(links).toContainEqual(['tel:+14185550120,112', '418\u00a0555-0120, poste 112']);
  });

  it('writes a complete address the Québec way', () => {
    const $ = readPage(siteDir, 'organismes/college-fictif');
    const lines = ($('address').first().html() ?? '')
      .split(/<br\s*\/?>/)
      .map((line) => line.replace(/\u00a0/g, ' ').replace(/&nbsp;/g, ' ').trim());
    expect(lines).toEqual(['Collège fictif', '2600, rue des Exemples', 'Jonquière (Québec)  G7X 1A1']);
  });

  it('says plainly when contact details are unknown, and never shows an empty phone', () => {
    const unknown = content.organismes.filter(({ data }) => data.telephones.length === 0 && !data.courriel);
    // One with an address and one with nothing at all: both sentences are seen.
    expect(unknown.map((organisme) => organisme.id).sort()).toEqual(['centre-rural-fictif', 'office-fictif', 'service-public-ferme']);
    for (const organisme of unknown) {
      const $ = readPage(siteDir, `organismes/${organisme.id}`);
      // With an address but no phone nor e-mail, the page says exactly what is missing.
      const expected = organisme.data.lieux.length > 0 || organisme.data.site_web ? 'Téléphone et courriel à confirmer' : 'Coordonnées à confirmer';
      expect(text($, '#nous-joindre ~ *, section[aria-labelledby="nous-joindre"]'), organisme.id).toContain(expected);
      expect($('a[href="tel:"], a[href="mailto:"]').length, organisme.id).toBe(0);
    }
  });

  it('shows when public sources were consulted and whether the organisation confirmed, the sources, and a way to report a correction', () => {
    for (const organisme of content.organismes) {
      const $ = readPage(siteDir, `organismes/${organisme.id}`);
      expect(text($), organisme.id).toContain(fr.truth.sourcesConsulted);
      expect(text($), organisme.id).toContain(organisme.data.confirme_le ? fr.truth.confirmedOn : fr.truth.notConfirmed);
      const sourceLinks = $('.sources a').map((_, link) => $(link).attr('href')).get();
      expect(sourceLinks).toEqual(organisme.data.sources.map((source) => source.url));
      if (site.coordinator.email) {
        const mailto = $('a[href^="mailto:"]').filter((_, link) => $(link).text().includes('Signaler une correction')).attr('href') ?? '';
        expect(decodeURIComponent(mailto), organisme.id).toContain(`https://tlpj.example.org/organismes/${organisme.id}/`);
      } else {
        // No address yet: the button leads to the page that says how else to propose a correction.
        expect($('a.button').filter((_, link) => $(link).text() === fr.truth.reportPending).attr('href'), organisme.id).toBe('/contribuer/');
      }
    }
  });

  it('shows closures and mergers to the reader', () => {
    const closed = text(readPage(siteDir, 'organismes/service-public-ferme'));
    expect(closed).toContain('Fermé ou fusionné');
    expect(closed).toContain('Fusionné en 2015 avec un établissement régional fictif.');
  });

  it('lists each service with its categories and the municipalities served', () => {
    const $ = readPage(siteDir, 'organismes/maison-du-quartier-fictive');
    expect($('section.service').length).toBe(4);
    expect(text($, '#maison-cafe-accueil')).toContain('Personnes de 18 ans et plus');
    expect(text($)).toContain('Jonquière, Lac-Kénogami');
  });
});
