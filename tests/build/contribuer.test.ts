import { describe, expect, inject, it } from 'vitest';
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

  it("gives the coordinator's address, and an e-mail with the questions to answer", () => {
    expect($(`main a[href="mailto:${site.coordinator.email}"]`).text()).toBe(site.coordinator.email);
    const proposal = $('main a.button').attr('href') ?? '';
    expect(proposal.startsWith(`mailto:${site.coordinator.email}?subject=`)).toBe(true);
    expect(decodeURIComponent(proposal)).toContain('Municipalités desservies :');
  });

  it('is linked from the footer of every page', () => {
    for (const page of listFiles(siteDir, '.html')) {
      expect(readPage(siteDir, page)('footer a[href="/contribuer/"]').length, page).toBe(1);
    }
  });
});
