/**
 * The caches of a build (Astro's incremental build, which also keeps the open-data export, and the search
 * index) must never publish stale pages: after each change of content, the site shows it, while pages that
 * did not change are reused.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/integrations/content-cache';
import { copySite, type SiteCopy } from '../measure/bench/site-copy';
import { projectRoot, runBuild, testBuildsDir, type BuildOptions } from '../support/build-site';
import { listFiles, readPage } from '../support/dist';
import { SCALE_CONTENT_DIR } from '../support/scale-site';

const work = join(testBuildsDir, 'incremental');
const contentDir = join(work, 'contenu');
const outDir = join(work, 'dist');

function build(content = contentDir, out = outDir, project: BuildOptions = {}): { status: number | null; log: string } {
  const result = runBuild(out, { CONTENT_DIR: content, OG_IMAGES: '0' }, project);
  // Without colours, so that the log reads as plain lines.
  return { status: result.status, log: result.output.replace(/\x1b\[[0-9;]*m/g, '') };
}

function edit(file: string, from: string, to: string, dir = contentDir): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text, file).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/** Files under `/_astro/` that a page refers to (stylesheets, fonts, scripts) but the build did not write. */
function missingAssets(out = outDir): string[] {
  const missing = new Set<string>();
  for (const file of listFiles(out, '.html')) {
    for (const [reference] of readFileSync(join(out, file), 'utf8').matchAll(/\/_astro\/[^"')\s>]+/g)) {
      if (!existsSync(join(out, reference))) missing.add(`${reference} (${file})`);
    }
  }
  return [...missing];
}

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const organizations = () => JSON.parse(readFileSync(join(outDir, 'donnees/hsds/organizations.json'), 'utf8')) as { contents: { name: string }[] };

describe('a second build after a change', () => {
  const logs: string[] = [];
  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(join(projectRoot, cacheDirFor(contentDir)), { recursive: true, force: true });
    cpSync(join(projectRoot, 'tests/fixtures/carte'), contentDir, { recursive: true });
    const first = build();
    expect(first.status, first.log).toBe(0);
    logs.push(first.log);
  }, 300_000);

  it('reuses every unchanged page, search index and export when nothing changed', () => {
    const { status, log } = build();
    expect(status, log).toBe(0);
    // Left in place in dist/ (« cached »), not even copied back from Astro's cache (« restored »).
    expect(log).toMatch(/\/organismes\/organisme-fictif-a\/index\.html \(cached\)/);
    expect(log).toMatch(/Index de recherche repris du cache/);
    expect(log).toMatch(/\/donnees\/hsds\/organizations\.json \(cached\)/);
    // A page reused from an earlier build must not point at a stylesheet or font this build did not write.
    expect(missingAssets()).toEqual([]);
  });

  it('renders again the profile whose file changed, and only it, and updates the search index and the export', () => {
    edit('organismes/organisme-fictif-a.md', 'nom: Organisme fictif A', 'nom: Organisme fictif A renommé');
    const { status, log } = build();
    expect(status, log).toBe(0);
    expect(log).not.toMatch(/organisme-fictif-a\/index\.html \((restored|cached)\)/);
    expect(log).toMatch(/\/organismes\/organisme-fictif-c\/index\.html \((restored|cached)\)/);
    expect(page('organismes/organisme-fictif-a')).toContain('<h1 data-pagefind-weight="10">Organisme fictif A renommé</h1>');
    // The partner form's file of each profile, likewise.
    expect(log).not.toMatch(/\/contribuer\/fiche\/organisme-fictif-a\.json \((restored|cached)\)/);
    expect(log).toMatch(/\/contribuer\/fiche\/organisme-fictif-c\.json \((restored|cached)\)/);
    expect(readFileSync(join(outDir, 'contribuer/fiche/organisme-fictif-a.json'), 'utf8')).toContain('Organisme fictif A renommé');
    expect(log).toMatch(/Index de recherche : \d+ pages lues/);
    expect(organizations().contents.map((organization) => organization.name)).toContain('Organisme fictif A renommé');
  });

  it('renders again every page that names a need whose name changed', () => {
    edit('categories.yaml', 'nom: Logement\n', 'nom: Logement et habitation\n');
    const { status, log } = build();
    expect(status, log).toBe(0);
    expect(page('organismes/organisme-fictif-b')).toContain('Logement et habitation');
    expect(page('organismes/besoin/logement')).toContain('Logement et habitation');
    expect(missingAssets()).toEqual([]);
  });

  it('leaves nothing of a removed profile in the site, and the same files as a build from nothing', () => {
    const removed = 'organisme-fictif-c';
    const contribution = `contribuer/fiche/${removed}.json`;
    const hsdsFiles = () => listFiles(join(outDir, 'donnees/hsds/services'), '.json');
    expect(existsSync(join(outDir, 'organismes', removed, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, contribution))).toBe(true);
    const servicesBefore = hsdsFiles().length;
    rmSync(join(contentDir, 'organismes', `${removed}.md`));
    const { status, log } = build();
    expect(status, log).toBe(0);
    expect(existsSync(join(outDir, 'organismes', removed))).toBe(false);
    expect(existsSync(join(outDir, contribution))).toBe(false);
    expect(hsdsFiles().length).toBeLessThan(servicesBefore);
    expect(page('organismes')).not.toContain(`/organismes/${removed}/`);

    // The same content in another folder, so that nothing is reused (each content folder has its own cache).
    const freshContent = join(work, 'contenu-neuf');
    const fresh = join(work, 'dist-neuf');
    rmSync(join(projectRoot, cacheDirFor(freshContent)), { recursive: true, force: true });
    cpSync(contentDir, freshContent, { recursive: true });
    const again = build(freshContent, fresh);
    expect(again.status, again.log).toBe(0);
    expect(listFiles(outDir, '')).toEqual(listFiles(fresh, ''));
  });

  it("trusts no page that another content folder's build left in the site's folder", () => {
    const other = join(work, 'contenu-autre');
    rmSync(other, { recursive: true, force: true });
    rmSync(join(projectRoot, cacheDirFor(other)), { recursive: true, force: true });
    cpSync(contentDir, other, { recursive: true });
    const path = join(other, 'organismes/organisme-fictif-a.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('nom: Organisme fictif A renommé', 'nom: Organisme venu d’ailleurs'));
    expect(build(other, outDir).status).toBe(0);
    expect(page('organismes/organisme-fictif-a')).toContain('Organisme venu d’ailleurs');
    const { status, log } = build();
    expect(status, log).toBe(0);
    expect(page('organismes/organisme-fictif-a')).toContain('<h1 data-pagefind-weight="10">Organisme fictif A renommé</h1>');
    expect(log).toMatch(/\/organismes\/organisme-fictif-b\/index\.html \(restored\)/);
  });

  it('still refuses content with an error, however many builds passed before', () => {
    edit('organismes/organisme-fictif-a.md', 'numero: 418 555-0101', 'numero: 555-01');
    const { status, log } = build();
    expect(status).not.toBe(0);
    expect(log).toContain('organisme-fictif-a.md');
    expect(log).toContain('telephones');
  });
});

describe("a second build after the site's own scripts changed", () => {
  // A copy of the project, so that its scripts can change while other tests build this checkout; it keeps
  // Astro's cache to itself.
  let site: SiteCopy;
  const content = join(work, 'contenu-scripts');
  const out = join(work, 'dist-scripts');
  /** The scripts a page loads, however deep (a chunk of a chunk starts the map's worker), by file name. */
  const scriptsOf = (page: string) => {
    const loaded = new Map<string, string>();
    const follow = (text: string) => {
      for (const [, name = ''] of text.matchAll(/(?:\/_astro\/|\.\/)([\w.-]+\.js)\b/g)) {
        if (loaded.has(name)) continue;
        const path = join(out, '_astro', name);
        expect(existsSync(path), `${name} (${page})`).toBe(true);
        loaded.set(name, readFileSync(path, 'utf8'));
        follow(loaded.get(name) ?? '');
      }
    };
    follow(readFileSync(join(out, page), 'utf8'));
    return loaded;
  };
  // A municipality page has a cacheKey and loads the small map (map data, then the worker).
  const municipality = 'territoire/jonquiere/index.html';

  beforeAll(() => {
    site = copySite(projectRoot, join(work, 'projet'));
    for (const path of [content, out]) rmSync(path, { recursive: true, force: true });
    cpSync(join(projectRoot, 'tests/fixtures/carte'), content, { recursive: true });
    const first = build(content, out, site.buildOptions);
    expect(first.status, first.log).toBe(0);
  }, 300_000);

  it("points every page it keeps at scripts that exist when another page's script changed how the code is split", () => {
    // Leaflet imported by the map page's own script: shared files are cut and named otherwise, and the
    // municipality page's script gets a new name although none of its code changed.
    const before = [...scriptsOf(municipality).keys()];
    edit('src/client/map-page.ts', "import { map as mapStrings }", "import 'leaflet';\nimport { map as mapStrings }", site.root);
    const { status, log } = build(content, out, site.buildOptions);
    expect(status, log).toBe(0);
    expect(missingAssets(out)).toEqual([]);
    expect([...scriptsOf(municipality).keys()]).not.toEqual(before);
  }, 300_000);

  it('loads the new code in every page it keeps, however deep the script that changed', () => {
    const marker = 'tlpj-scripts-changed';
    edit('src/client/map-worker.ts', "import { mapPoints", `console.log('${marker}');\nimport { mapPoints`, site.root);
    const { status, log } = build(content, out, site.buildOptions);
    expect(status, log).toBe(0);
    expect(missingAssets(out)).toEqual([]);
    expect([...scriptsOf(municipality).values()].join('\n')).toContain(marker);
  }, 300_000);
});

describe('the list of places of a large directory, after a place is added', () => {
  const scaleContent = join(work, 'echelle');
  const scaleOut = join(work, 'dist-echelle');
  const placesOn = (path: string) => {
    const $ = readPage(scaleOut, path);
    return $('main [data-place]').map((_, item) => $(item).attr('data-place')).get();
  };

  it('renders again the pages whose places moved along, not only those of the organisation that changed', () => {
    rmSync(scaleContent, { recursive: true, force: true });
    rmSync(join(projectRoot, cacheDirFor(scaleContent)), { recursive: true, force: true });
    cpSync(SCALE_CONTENT_DIR, scaleContent, { recursive: true });
    const first = build(scaleContent, scaleOut);
    expect(first.status, first.log).toBe(0);
    const before = { one: placesOn('carte/lieux'), two: placesOn('carte/lieux/2') };
    const again = build(scaleContent, scaleOut);
    expect(again.log).toMatch(/\/carte\/lieux\/2\/index\.html \((restored|cached)\)/);

    // A new first place for the organisation of the list's first place: every place after it moves by one.
    const organisme = (before.one[0] ?? '').split('--')[0] ?? '';
    const file = join(scaleContent, 'organismes', `${organisme}.md`);
    const lines = readFileSync(file, 'utf8').split('\n');
    const start = lines.indexOf('  - id: lieu-1');
    expect(start, file).toBeGreaterThan(0);
    let end = start + 1;
    while (lines[end]?.startsWith('    ')) end += 1;
    const added = lines.slice(start, end).map((line) => line.replace('id: lieu-1', 'id: lieu-0'));
    writeFileSync(file, [...lines.slice(0, start), ...added, ...lines.slice(start)].join('\n'));

    const { status, log } = build(scaleContent, scaleOut);
    expect(status, log).toBe(0);
    expect(log).not.toMatch(/\/carte\/lieux\/2\/index\.html \((restored|cached)\)/);
    expect(placesOn('carte/lieux')[0]).toBe(`${organisme}--lieu-0`);
    expect(placesOn('carte/lieux/2')[0]).toBe(before.one.at(-1));
    expect(placesOn('carte/lieux/2').slice(1)).toEqual(before.two.slice(0, -1));
  }, 300_000);
});
