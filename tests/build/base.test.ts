import { describe, expect, inject, it } from 'vitest';
import { internalUrls, listFiles, pagePath, readPage, resolves } from '../support/dist';
import { TEST_BASE } from '../support/global-setup';

const dir = inject('siteDirWithBase');
const ORIGIN = 'https://tlpj.example.org';

describe(`site deployed under ${TEST_BASE}`, () => {
  const pages = listFiles(dir, '.html');

  it('prefixes every internal link and asset with the base, and each one resolves', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const url of internalUrls(readPage(dir, page), ORIGIN)) {
        const absolute = url.startsWith('/') ? url : new URL(url, `${ORIGIN}${TEST_BASE}${pagePath(page).slice(1)}`).pathname;
        checked += 1;
        if (!absolute.startsWith(TEST_BASE)) problems.push(`${page} → ${url} (hors de ${TEST_BASE})`);
        else if (!resolves(dir, `/${absolute.slice(TEST_BASE.length)}`)) problems.push(`${page} → ${url} (introuvable)`);
      }
    }
    expect(checked).toBeGreaterThan(pages.length * 5);
    expect(problems).toEqual([]);
  });

  it('builds canonical addresses with the base', () => {
    const $ = readPage(dir, 'organismes/maison-du-quartier-fictive');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${ORIGIN}${TEST_BASE}organismes/maison-du-quartier-fictive/`);
  });
});
