/**
 * « Ma liste » on the real site: every service of the model is in the list's data file and has its « Ajouter
 * à ma liste » link on its profile, which stays without script; only the list page reads the data file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildDirectory } from '../../src/lib/directory';
import type { ListData } from '../../src/lib/ma-liste';
import { realContent } from '../support/content';
import { readPage } from '../support/dist';
import { pageMentions, weighSite } from '../support/page-weight';

const siteDir = inject('realSiteDir');
const directory = buildDirectory(realContent());
const data = JSON.parse(readFileSync(join(siteDir, 'ma-liste/fiches.json'), 'utf8')) as ListData;

describe('Ma liste on the real site', () => {
  it('has every service of the directory in its data file, with its organisation and profile', () => {
    expect(Object.keys(data).sort()).toEqual(directory.services.map((item) => item.id).sort());
    for (const item of directory.services) {
      expect(data[item.id]?.organisme).toBe(item.organisme.data.nom);
      expect(data[item.id]?.fiche).toBe(`/organismes/${item.organisme.id}/`);
      expect(data[item.id]?.telephones.length).toBe(item.telephones.length);
    }
  });

  it('puts one « Ajouter à ma liste » link in each service of each profile', () => {
    for (const organisme of directory.organismes) {
      const $ = readPage(siteDir, `organismes/${organisme.id}`);
      const links = $('main a[href^="/ma-liste/"]')
        .map((_, link) => $(link).attr('href'))
        .get();
      expect(links, organisme.id).toEqual(directory.servicesOf(organisme.id).map((item) => `/ma-liste/?ajouter=${item.id}`));
    }
  });

  it('lets only the list page load the data file, and the list page load only its own small script', () => {
    const weights = weighSite(siteDir);
    const readers = weights.filter((page) => pageMentions(siteDir, page, ['ma-liste/fiches.json']).length > 0).map((page) => page.path);
    expect(readers).toEqual(['/ma-liste/']);
    const list = weights.find((page) => page.path === '/ma-liste/')!;
    expect(list.type).toBe('ma-liste');
    expect(list.scripts.filter((script) => script.source !== 'inline').map((script) => script.type)).toEqual(['module']);
    expect(list.scriptPreloads).toEqual([]);
    expect(list.graph.onDemand.size).toBe(0);
  });
});
