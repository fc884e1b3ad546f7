/**
 * Page-weight budgets on the real production build: what a reader on a prepaid phone downloads.
 * The figures themselves are in BENCHMARKS.md (`npm run budgets`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  fontFiles,
  HTML_CSS_BUDGET_BYTES,
  leafletFiles,
  MAP_TYPES,
  mapDataFiles,
  MAX_FONT_FILES,
  NO_SCRIPT_TYPES,
  pageMentions,
  reachableFiles,
  weighSite,
} from '../support/page-weight';

const siteDir = inject('siteDir');
const weights = weighSite(siteDir);
const noScriptPages = weights.filter((page) => NO_SCRIPT_TYPES.includes(page.type));

describe('page-weight budgets', () => {
  it('covers every profile, myth, story and bilan page, profiles at least', () => {
    expect(weights.filter((page) => page.type === 'profil').length).toBe(31);
    expect(noScriptPages.length).toBeGreaterThanOrEqual(31);
  });

  it('runs no JavaScript on profile, myth, story and bilan pages', () => {
    const offenders = noScriptPages
      .filter((page) => page.scripts.length > 0 || page.scriptPreloads.length > 0 || page.inlineHandlers.length > 0)
      .map((page) => ({
        page: page.path,
        scripts: page.scripts.map((script) => script.source),
        preloads: page.scriptPreloads,
        handlers: page.inlineHandlers,
      }));
    expect(offenders).toEqual([]);
  });

  it('keeps HTML and CSS of those pages under 40 KB compressed', () => {
    const heavy = noScriptPages
      .filter((page) => page.htmlCssGzipBytes > HTML_CSS_BUDGET_BYTES)
      .map((page) => `${page.path}: ${(page.htmlCssGzipBytes / 1024).toFixed(1)} KB`);
    expect(heavy).toEqual([]);
  });

  it('loads on a territory page at most the map script, and Leaflet only on demand', () => {
    // The map script is a module whose own code loads Leaflet with import(), when the map is needed:
    // no classic script, no preload, and Leaflet never among what loads with the page.
    const leaflet = leafletFiles(siteDir);
    const territories = weights.filter((page) => page.type === 'territoire');
    expect(territories.length).toBe(6);
    const offenders = territories.flatMap((page) => {
      const problems: string[] = [];
      for (const script of page.scripts) {
        if (script.type !== 'module') problems.push(`script classique ${script.source}`);
      }
      if (page.scriptPreloads.length > 0) problems.push(`préchargement ${page.scriptPreloads.join(', ')}`);
      for (const file of page.graph.onLoad) if (leaflet.has(file)) problems.push(`Leaflet au chargement : ${file}`);
      const reachesLeaflet = [...page.graph.onDemand].some((file) => leaflet.has(file));
      if (page.scripts.length > 0 && !reachesLeaflet) problems.push('script qui ne charge pas la carte');
      return problems.map((problem) => `${page.path}: ${problem}`);
    });
    expect(offenders).toEqual([]);
  });

  it('requests no Pagefind code or index from any page on load', () => {
    const offenders = weights
      .filter((page) => page.pagefindReferences.length > 0 || [...page.graph.onLoad].some((file) => file.startsWith('pagefind/')))
      .map((page) => page.path);
    expect(offenders).toEqual([]);
  });

  it('lets no page but the map and territory pages reach Leaflet or the map data', () => {
    const leaflet = leafletFiles(siteDir);
    const mapData = mapDataFiles(siteDir);
    const offenders = weights
      .filter((page) => !MAP_TYPES.includes(page.type))
      .flatMap((page) => [
        ...[...reachableFiles(page)].filter((file) => leaflet.has(file)).map((file) => `${page.path}: ${file}`),
        ...pageMentions(siteDir, page, mapData).map((file) => `${page.path}: ${file}`),
      ]);
    expect(offenders).toEqual([]);
  });

  it('serves the map data as one file, which the map page loads only when there is a place to show', () => {
    const mapData = mapDataFiles(siteDir);
    expect(mapData).toEqual(['carte/donnees.json']);
    const { places } = JSON.parse(readFileSync(join(siteDir, 'carte/donnees.json'), 'utf8')) as { places: unknown[] };
    const mapPage = weights.find((page) => page.type === 'carte');
    expect(mapPage, 'pas de page /carte/').toBeDefined();
    // The real content has no sourced coordinates yet: then the page loads neither Leaflet nor the data.
    expect(pageMentions(siteDir, mapPage!, mapData)).toEqual(places.length > 0 ? mapData : []);
  });

  it('ships at most two font files, Latin subset only', () => {
    const fonts = fontFiles(siteDir);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThanOrEqual(MAX_FONT_FILES);
    for (const font of fonts) expect(font).toMatch(/latin(?!-ext)/);
    for (const font of fonts) expect(font).not.toMatch(/ext/);
  });
});
