import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distFileOf, leafletFiles, moduleImports, pageType, weighPage } from '../support/page-weight';

const dist = mkdtempSync(join(tmpdir(), 'tlpj-page-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(file: string, content: string): void {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), content);
}

// Shapes of Vite's minified output: a static import, a dynamic one with its preload list.
write('_astro/leaflet-src.js', 'var a="<a href=\\"https://leafletjs.com\\">Leaflet</a>";export{a as L};');
write('_astro/shared.js', 'export const s=1;');
write(
  '_astro/carte.js',
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/leaflet-src.js","_astro/leaflet.css"])))=>i.map(i=>d[i]);' +
    'import{s}from"./shared.js";new IntersectionObserver(()=>__vitePreload(()=>import("./leaflet-src.js"),__vite__mapDeps([0,1])));',
);
write('_astro/eager.js', 'import{L}from"./leaflet-src.js";import"./shared.js";');
write('_astro/leaflet.css', '.leaflet-zoom-anim .leaflet-zoom-animated{transition:transform .25s}');
write('_astro/site.css', 'body{margin:0}');
write(
  'territoire/a/index.html',
  '<html><head><link rel="stylesheet" href="/tlpj/_astro/site.css"><script type="application/ld+json">{}</script></head>' +
    '<body><script type="module" src="/tlpj/_astro/carte.js"></script></body></html>',
);
write('organismes/b/index.html', '<html><body><script type="module">import "/tlpj/_astro/eager.js";</script><a onclick="x()">x</a></body></html>');
// A site built under /tlpj/: files sit at the root of dist, the base only prefixes their addresses.
const base = '/tlpj/';

describe('page weight', () => {
  it('tells static imports from dynamic ones in minified modules', () => {
    const imports = moduleImports('import{a as b}from"./x.js";import"./y.js";export*from"./z.js";const c=()=>import("./w.js");');
    expect(imports.static.sort()).toEqual(['./x.js', './y.js', './z.js']);
    expect(imports.dynamic).toEqual(['./w.js']);
  });

  it('resolves addresses under the base to built files', () => {
    expect(distFileOf('/tlpj/_astro/a.js', '/tlpj/territoire/a/', base)).toBe('_astro/a.js');
    expect(distFileOf('./b.js', '/tlpj/_astro/a.js', base)).toBe('_astro/b.js');
    expect(distFileOf('https://example.org/a.js', '/', base)).toBeUndefined();
  });

  it('counts Leaflet as on demand when only import() reaches it, and on load when imported statically', () => {
    const territory = weighPage(dist, 'territoire/a/index.html', base);
    expect(territory.type).toBe('territoire');
    expect(territory.scripts.map((script) => script.source)).toEqual(['/tlpj/_astro/carte.js']);
    expect([...territory.graph.onLoad].sort()).toEqual(['_astro/carte.js', '_astro/shared.js']);
    expect([...territory.graph.onDemand].sort()).toEqual(['_astro/leaflet-src.js', '_astro/leaflet.css']);

    const profile = weighPage(dist, 'organismes/b/index.html', base);
    expect(profile.type).toBe('profil');
    expect(profile.inlineHandlers).toEqual(['<a onclick>']);
    expect([...profile.graph.onLoad].sort()).toEqual(['_astro/eager.js', '_astro/leaflet-src.js', '_astro/shared.js']);
    expect([...leafletFiles(dist)].sort()).toEqual(['_astro/leaflet-src.js', '_astro/leaflet.css']);
  });

  it('sorts pages by type from their path', () => {
    expect(pageType('/organismes/')).toBe('repertoire');
    expect(pageType('/organismes/patro/')).toBe('profil');
    expect(pageType('/prejuges/')).toBe('prejuge');
    expect(pageType('/bilan/2025/')).toBe('bilan');
    expect(pageType('/la-table/')).toBe('autre');
  });
});
