/**
 * The directory at a larger scale than the real one: lists that grow with the directory are cut into
 * pages or previews, so that no page grows with the number of organisations but the ones meant to.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/synthetic-content';
import { CATEGORY_PAGE_SIZE, SECTION_PREVIEW } from '../../src/lib/directory';
import { checkContent } from '../../src/lib/content-check';
import { buildSite, projectRoot } from '../support/build-site';
import { listFiles, readPage } from '../support/dist';

const ORGANISATIONS = 160;
const contentDir = join(tmpdir(), 'tlpj-test-echelle', 'content');
const real = checkContent(join(projectRoot, 'content'), { root: projectRoot }).content;
writeSyntheticContent(real, { sourceDir: join(projectRoot, 'content'), targetDir: contentDir, organisations: ORGANISATIONS, seed: 7 });
const generated = checkContent(contentDir, { root: projectRoot });
const build = buildSite({ name: 'echelle', env: { CONTENT_DIR: contentDir, OG_IMAGES: '0' } });

describe(`a directory of ${ORGANISATIONS} organisations`, () => {
  it('builds', () => {
    expect(generated.errors).toEqual([]);
    expect(build.status, build.output).toBe(0);
  });

  it(`cuts each need into pages of ${CATEGORY_PAGE_SIZE} organisations, which together list every one offering it`, () => {
    const pages = listFiles(build.outDir, '.html');
    let paginated = 0;
    for (const categorie of generated.content.categories) {
      const expected = generated.content.organismes
        .filter(({ data }) => data.services.some((service) => service.categories.includes(categorie.id)))
        .map((organisme) => `/organismes/${organisme.id}/`)
        .sort();
      const own = pages.filter((page) => page.startsWith(`organismes/besoin/${categorie.id}/`));
      expect(own.length, categorie.id).toBe(Math.max(1, Math.ceil(expected.length / CATEGORY_PAGE_SIZE)));
      if (own.length > 1) paginated += 1;
      const listed = own.flatMap((page) => {
        const $ = readPage(build.outDir, page);
        const links = $('main .card :is(h2, h3) a').map((_, link) => $(link).attr('href')).get();
        expect(links.length, page).toBeLessThanOrEqual(CATEGORY_PAGE_SIZE);
        return links;
      });
      expect(listed.sort(), categorie.id).toEqual(expected);
    }
    expect(paginated).toBeGreaterThan(0);
  });

  it(`shows at most ${SECTION_PREVIEW} organisations per need on the directory page and on myth pages, with a link to all`, () => {
    const $ = readPage(build.outDir, 'organismes');
    for (const section of $('section[id^="besoin-"]').toArray()) {
      expect($(section).find('.card').length).toBeLessThanOrEqual(SECTION_PREVIEW);
      expect($(section).find('a[href^="/organismes/besoin/"]').length).toBe(1);
    }
    for (const prejuge of generated.content.prejuges) {
      const myth = readPage(build.outDir, `prejuges/${prejuge.id}`);
      for (const help of myth('.help__category').toArray()) expect(myth(help).find('.card').length).toBeLessThanOrEqual(SECTION_PREVIEW);
    }
  });
});
