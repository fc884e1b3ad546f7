import { describe, expect, inject, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { site } from '../../src/site.config';
import { listFiles, readPage } from '../support/dist';

const siteDir = inject('siteDir');

describe('the page for contributors', () => {
  const $ = readPage(siteDir, 'contribuer');

  it('explains how to propose a profile or a correction', () => {
    expect($('h1').text()).toBe('Proposer une fiche ou une correction');
    expect($('main h2').map((_, heading) => $(heading).text()).get()).toEqual(
      expect.arrayContaining(['Écrire à la coordination', 'Ajouter votre organisme', 'Corriger une fiche']),
    );
  });

  it("gives the coordinator's address and an e-mail with the questions to answer, or says plainly that the contact is being set up", () => {
    const { email } = site.coordinator;
    if (email) {
      expect($(`main a[href="mailto:${email}"]`).text()).toBe(email);
      const proposal = $('main a.button').attr('href') ?? '';
      expect(proposal.startsWith(`mailto:${email}?subject=`)).toBe(true);
      expect(decodeURIComponent(proposal)).toContain('Municipalités desservies :');
    } else {
      expect($('main [data-contact-pending]').text()).toBe(fr.truth.contactPending);
      expect($('main a[href^="mailto:"]').length).toBe(0);
    }
  });

  it("never shows the configuration's example address to a reader", () => {
    // The fixture's fictional partners have example.org addresses of their own; the configuration's placeholder
    // e-mail is at tlpj.example.org. The site's own address (a placeholder too until SITE_URL is set, which the
    // build warns about) is printed on the guides, as it must be once deployed.
    for (const page of listFiles(siteDir, '.html')) {
      const $page = readPage(siteDir, page);
      const mailtos = $page('a[href^="mailto:"]').map((_, link) => $page(link).attr('href')).get();
      expect(mailtos.filter((href) => /@tlpj\.example\./.test(href)), page).toEqual([]);
      expect($page('body').text(), page).not.toMatch(/@tlpj\.example\.org\b/);
    }
  });

  it('is linked from the footer of every page', () => {
    for (const page of listFiles(siteDir, '.html')) {
      expect(readPage(siteDir, page)('footer a[href="/contribuer/"]').length, page).toBe(1);
    }
  });
});
