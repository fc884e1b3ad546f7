/**
 * The coordinator's editor (Sveltia CMS at `/admin/`): built into the site only when a repository is set
 * (here with CMS_REPO, on the content the tests own), loaded by its own page only, kept out of the sitemap
 * and the search index; and no trace of it in the default build. Bundled with the site's scripts, it makes
 * the bundler move its small shared helpers out of Leaflet's file into one of their own: the map and the
 * partner form then load 0.7 KB more (about 250 bytes compressed), and only on a site with the editor on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import type { CmsConfig } from '@sveltia/cms';
import { collectionDefinitions } from '../../src/collections';
import { buildSite, projectRoot } from '../support/build-site';
import { SITE_FIXTURE } from '../support/content';
import { listFiles, readPage } from '../support/dist';
import { weighPage } from '../support/page-weight';

const REPO = 'tlpj/site-des-tests';
const build = buildSite({ name: 'site-cms', env: { CONTENT_DIR: SITE_FIXTURE, CMS_REPO: REPO } });
const defaultDir = inject('siteDir');

/** The scripts a page loads, by address. */
function scriptsOf(dir: string, page: string): string[] {
  const $ = readPage(dir, page);
  return $('script[src]')
    .map((_, script) => $(script).attr('src'))
    .get()
    .sort();
}

/** The number of pages Pagefind indexed. */
function indexedPages(dir: string): number {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

describe('the site built with the editor turned on', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('has the editor page, kept out of search engines, pointing at its configuration', () => {
    const $ = readPage(build.outDir, 'admin');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="cms-config-url"]').attr('href')).toBe('/admin/config.yml');
    expect($('html').attr('lang')).toBe('fr-CA');
  });

  it('writes a configuration that parses as YAML, for the repository set, naming every collection of the content', () => {
    const config = parse(readFileSync(join(build.outDir, 'admin/config.yml'), 'utf8')) as CmsConfig;
    expect(config.backend).toMatchObject({ name: 'github', repo: REPO });
    const places = (config.collections ?? []).flatMap((collection) => ('folder' in collection ? [collection.folder] : 'files' in collection ? collection.files.map((file) => file.file) : []));
    // Every folder and file of the content the tests own is edited by some collection.
    for (const name of readdirSync(join(projectRoot, SITE_FIXTURE))) {
      expect(places.some((place) => place === `${SITE_FIXTURE}/${name}` || place.startsWith(`${SITE_FIXTURE}/${name}/`)), name).toBe(true);
    }
    expect(config.collections?.map((collection) => ('name' in collection ? collection.name : ''))).toEqual(Object.keys(collectionDefinitions));
  });

  it('loads the editor’s script from the site itself, on the editor page only', () => {
    const [script, ...others] = scriptsOf(build.outDir, 'admin');
    expect(others).toEqual([]);
    expect(script).toMatch(/^\/_astro\/[^/]+\.js$/);
    expect(readFileSync(join(build.outDir, script!), 'utf8')).toContain('sveltia');
    const pages = listFiles(defaultDir, '.html');
    expect(listFiles(build.outDir, '.html')).toEqual([...pages, 'admin/index.html'].sort());
    for (const page of pages) {
      const { scripts, graph } = weighPage(build.outDir, page);
      // The same scripts as without the editor, none of which loads, now or on demand, any of its code.
      expect(scripts.length, page).toBe(weighPage(defaultDir, page).scripts.length);
      const reached = [...graph.onLoad, ...graph.onDemand].filter((file) => readFileSync(join(build.outDir, file), 'utf8').includes('sveltia'));
      expect(reached, page).toEqual([]);
    }
  });

  it('keeps the editor out of the sitemap and the search index', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/organismes/');
    expect(sitemap).not.toContain('/admin');
    expect(indexedPages(build.outDir)).toBe(indexedPages(defaultDir));
  });
});

describe('the site built with the default configuration', () => {
  it('has no editor page, configuration or script', () => {
    expect(existsSync(join(defaultDir, 'admin'))).toBe(false);
    const scripts = listFiles(defaultDir, '.js').filter((file) => readFileSync(join(defaultDir, file), 'utf8').includes('sveltia'));
    expect(scripts).toEqual([]);
  });
});
