/**
 * What a built page costs a reader on a prepaid phone: the bytes of HTML and CSS it downloads, the
 * scripts it runs on load, and what it can load later on demand. Used by the budget tests
 * (tests/build/budgets.test.ts) and by `npm run budgets`, which writes the figures to BENCHMARKS.md.
 *
 * Scripts are followed through the built files: a module's static imports load with the page, its
 * dynamic `import()` (and the files Vite preloads for it) load only when the code asks for them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { listFiles, pagePath } from './dist';

/** Page types with a budget, recognised by their site path (without base). */
export const PAGE_TYPES = [
  { type: 'profil', label: "Fiche d'organisme", pattern: /^\/organismes\/[^/]+\/$/ },
  { type: 'prejuge', label: 'Préjugés', pattern: /^\/prejuges\// },
  { type: 'recit', label: 'Récits', pattern: /^\/recits\// },
  { type: 'bilan', label: 'Bilan', pattern: /^\/bilan\// },
  { type: 'guide', label: 'Guide à imprimer', pattern: /^\/(?:territoire\/[^/]+\/)?guide\/$/ },
  { type: 'territoire', label: 'Territoire', pattern: /^\/territoire\/[^/]+\/$/ },
  { type: 'carte', label: 'Carte', pattern: /^\/carte\/$/ },
  { type: 'repertoire', label: 'Répertoire', pattern: /^\/organismes\/$/ },
  { type: 'recherche', label: 'Recherche', pattern: /^\/recherche\/$/ },
  { type: 'fiche', label: 'Formulaire des partenaires', pattern: /^\/contribuer\/fiche\/$/ },
  { type: 'accueil', label: 'Accueil', pattern: /^\/$/ },
  { type: 'ma-liste', label: 'Ma liste', pattern: /^\/ma-liste\/$/ },
] as const;

export type PageType = (typeof PAGE_TYPES)[number]['type'] | 'autre';

/** Pages that must run no JavaScript at all. */
export const NO_SCRIPT_TYPES: readonly PageType[] = ['profil', 'prejuge', 'recit', 'bilan', 'guide'];

/** Pages allowed to load Leaflet and the map data (the partner form: its place picker, when asked for). */
export const MAP_TYPES: readonly PageType[] = ['carte', 'territoire', 'fiche'];

/** HTML + CSS of a page without a script, gzip-compressed. */
export const HTML_CSS_BUDGET_BYTES = 40 * 1024;

export const MAX_FONT_FILES = 2;

export function pageType(sitePath: string): PageType {
  return PAGE_TYPES.find(({ pattern }) => pattern.test(sitePath))?.type ?? 'autre';
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Leaflet's own code carries its attribution link; the site's map code only imports it. */
export function isLeafletScript(code: string): boolean {
  return code.includes('leafletjs.com');
}

/** Leaflet's stylesheet animates its zoom; the site's CSS has no reason to name that class. */
export function isLeafletStylesheet(css: string): boolean {
  return css.includes('.leaflet-zoom-animated');
}

export interface ModuleImports {
  /** Loaded with the importing module. */
  static: string[];
  /** Loaded only when the code runs `import()`. */
  dynamic: string[];
  /** Files Vite preloads along with a dynamic import, written relative to the site's base. */
  preloadedWithDynamic: string[];
}

/** Imports of a built (minified) ES module, as written in its code. */
export function moduleImports(code: string): ModuleImports {
  const staticImports = new Set<string>();
  const dynamicImports = new Set<string>();
  const preloaded = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g)) {
    if (match[1]) staticImports.add(match[1]);
  }
  for (const match of code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
    if (match[1]) dynamicImports.add(match[1]);
  }
  // Vite lists the chunks and stylesheets it preloads for dynamic imports in `__vite__mapDeps`.
  for (const list of code.matchAll(/__vite__mapDeps[^[]*\[([^\]]*)\]/g)) {
    for (const file of (list[1] ?? '').matchAll(/["']([^"']+\.(?:js|mjs|css))["']/g)) {
      if (file[1]) preloaded.add(file[1]);
    }
  }
  return { static: [...staticImports], dynamic: [...dynamicImports], preloadedWithDynamic: [...preloaded] };
}

/** A script a page runs, read from the built site. */
export interface PageScript {
  /** `inline` or the site path of its file. */
  source: string;
  type: string;
  code: string;
}

export interface ScriptGraph {
  /** Files (dist-relative) that load with the page. */
  onLoad: Set<string>;
  /** Files (dist-relative) that may load later, on demand. */
  onDemand: Set<string>;
}

export interface PageWeight {
  /** Dist-relative HTML file. */
  file: string;
  /** Site path without base. */
  path: string;
  type: PageType;
  htmlBytes: number;
  /** The HTML and each stylesheet it links, each compressed as a server would send it. */
  htmlCssGzipBytes: number;
  stylesheets: string[];
  /** Every `<script>` but structured data. */
  scripts: PageScript[];
  /** `<link rel=modulepreload>` or script preloads. */
  scriptPreloads: string[];
  /** Attributes such as `onclick` that run JavaScript. */
  inlineHandlers: string[];
  /** Addresses of the page's HTML that point to Pagefind (its code or index). */
  pagefindReferences: string[];
  graph: ScriptGraph;
  /** JavaScript that loads with the page, compressed. */
  scriptOnLoadGzipBytes: number;
}

/** The dist-relative file a site address points to, or undefined when it leaves the site. */
export function distFileOf(url: string, fromPath: string, base: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || /^(data|blob|mailto|tel|javascript):/i.test(url)) return undefined;
  const clean = url.split(/[?#]/)[0] ?? '';
  const absolute = clean.startsWith('/') ? clean : posix.join(fromPath.endsWith('/') ? fromPath : posix.dirname(fromPath), clean);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const withoutBase = absolute.startsWith(prefix) ? `/${absolute.slice(prefix.length)}` : absolute;
  return posix.normalize(withoutBase).replace(/^\/+/, '');
}

/**
 * Follows the page's module scripts and preloads through the built files. `onLoad` holds what loads
 * with the page (entries and their static imports), `onDemand` what only a dynamic import reaches.
 */
export function scriptGraph(distDir: string, sitePath: string, base: string, scripts: PageScript[], preloads: string[]): ScriptGraph {
  const onLoad = new Set<string>();
  const onDemand = new Set<string>();
  const readJs = (file: string) => {
    const full = join(distDir, file);
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : '';
  };
  const visit = (code: string, from: string, eager: boolean) => {
    const imports = moduleImports(code);
    const preloaded = imports.preloadedWithDynamic.map((file) => `${base.replace(/\/$/, '')}/${file}`);
    for (const [urls, isEager] of [[imports.static, eager], [[...imports.dynamic, ...preloaded], false]] as const) {
      for (const url of urls) {
        const file = distFileOf(url, from, base);
        if (!file) continue;
        const target = isEager ? onLoad : onDemand;
        if (target.has(file) || (!isEager && onLoad.has(file))) continue;
        target.add(file);
        if (isEager) onDemand.delete(file);
        if (/\.m?js$/.test(file)) visit(readJs(file), `/${file}`, isEager);
      }
    }
  };
  for (const script of scripts) {
    if (script.source === 'inline') visit(script.code, sitePath, true);
    else {
      const file = distFileOf(script.source, sitePath, base);
      if (!file) continue;
      onLoad.add(file);
      visit(script.code, `/${file}`, true);
    }
  }
  for (const url of preloads) {
    const file = distFileOf(url, sitePath, base);
    if (!file) continue;
    onLoad.add(file);
    onDemand.delete(file);
    if (/\.m?js$/.test(file)) visit(readJs(file), `/${file}`, true);
  }
  return { onLoad, onDemand };
}

function readIfFile(path: string): string | undefined {
  return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
}

/** Weighs one built page. `base` is the base the site was built with (`/` or `/tlpj/`). */
export function weighPage(distDir: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(join(distDir, file), 'utf8');
  const $: CheerioAPI = load(html);
  const path = pagePath(file);
  const sitePath = `${base.replace(/\/$/, '')}${path}`;

  const stylesheets = $('link[rel~="stylesheet"][href]')
    .map((_, link) => $(link).attr('href') ?? '')
    .get();
  let htmlCssGzipBytes = gzipSize(html);
  for (const href of stylesheets) {
    const cssFile = distFileOf(href, sitePath, base);
    const css = cssFile ? readIfFile(join(distDir, cssFile)) : undefined;
    if (css !== undefined) htmlCssGzipBytes += gzipSize(css);
  }

  const scripts: PageScript[] = [];
  $('script').each((_, element) => {
    const type = ($(element).attr('type') ?? '').trim().toLowerCase();
    if (type === 'application/ld+json') return;
    const src = $(element).attr('src');
    if (src === undefined) {
      scripts.push({ source: 'inline', type, code: $(element).text() });
      return;
    }
    const scriptFile = distFileOf(src, sitePath, base);
    scripts.push({ source: src, type, code: (scriptFile && readIfFile(join(distDir, scriptFile))) ?? '' });
  });

  const scriptPreloads = $('link[rel~="modulepreload"][href], link[rel~="preload"][as="script"][href]')
    .map((_, link) => $(link).attr('href') ?? '')
    .get();

  const inlineHandlers: string[] = [];
  $('*').each((_, element) => {
    if (!('attribs' in element)) return;
    for (const name of Object.keys(element.attribs)) {
      if (/^on/i.test(name)) inlineHandlers.push(`<${element.tagName} ${name}>`);
    }
  });

  const pagefindReferences = $('script[src], link[href]')
    .map((_, element) => $(element).attr('src') ?? $(element).attr('href') ?? '')
    .get()
    .filter((url) => /pagefind/i.test(url));

  const graph = scriptGraph(distDir, sitePath, base, scripts.filter((script) => script.type === 'module'), scriptPreloads);
  let scriptOnLoadGzipBytes = 0;
  for (const script of scripts) if (script.source === 'inline') scriptOnLoadGzipBytes += gzipSize(script.code);
  for (const loaded of graph.onLoad) {
    const code = readIfFile(join(distDir, loaded));
    if (code !== undefined && /\.m?js$/.test(loaded)) scriptOnLoadGzipBytes += gzipSize(code);
  }
  // Classic scripts are not followed as modules, but they still load.
  for (const script of scripts) {
    if (script.type !== 'module' && script.source !== 'inline') {
      const classicFile = distFileOf(script.source, sitePath, base);
      if (classicFile) graph.onLoad.add(classicFile);
    }
  }

  return {
    file,
    path,
    type: pageType(path),
    htmlBytes: Buffer.byteLength(html),
    htmlCssGzipBytes,
    stylesheets,
    scripts,
    scriptPreloads,
    inlineHandlers,
    pagefindReferences,
    graph,
    scriptOnLoadGzipBytes,
  };
}

export function weighSite(distDir: string, base = '/'): PageWeight[] {
  return listFiles(distDir, '.html').map((file) => weighPage(distDir, file, base));
}

/** Built JS and CSS files that hold Leaflet (dist-relative). */
export function leafletFiles(distDir: string): Set<string> {
  const files = new Set<string>();
  for (const file of listFiles(distDir, '.js')) if (isLeafletScript(readFileSync(join(distDir, file), 'utf8'))) files.add(file);
  for (const file of listFiles(distDir, '.css')) if (isLeafletStylesheet(readFileSync(join(distDir, file), 'utf8'))) files.add(file);
  return files;
}

/** Everything a page may ever load: HTML references, stylesheets, scripts on load and on demand. */
export function reachableFiles(page: PageWeight, base = '/'): Set<string> {
  const sitePath = `${base.replace(/\/$/, '')}${page.path}`;
  const files = new Set<string>([...page.graph.onLoad, ...page.graph.onDemand]);
  for (const href of page.stylesheets) {
    const file = distFileOf(href, sitePath, base);
    if (file) files.add(file);
  }
  return files;
}

const FONT_EXTENSIONS = ['.woff2', '.woff', '.ttf', '.otf', '.eot'];

export function fontFiles(distDir: string): string[] {
  return FONT_EXTENSIONS.flatMap((extension) => listFiles(distDir, extension)).sort();
}

/** Data files of the map page (what is under `carte/` and is not a page), dist-relative. */
export function mapDataFiles(distDir: string): string[] {
  const folder = join(distDir, 'carte');
  if (!existsSync(folder)) return [];
  return listFiles(folder, '')
    .filter((file) => !file.endsWith('.html'))
    .map((file) => posix.join('carte', file));
}

/** Does a page or the code it can load name one of these files (by file name)? */
export function pageMentions(distDir: string, page: PageWeight, names: string[], base = '/'): string[] {
  const texts = [readFileSync(join(distDir, page.file), 'utf8')];
  for (const file of reachableFiles(page, base)) {
    if (/\.m?js$/.test(file)) texts.push(readIfFile(join(distDir, file)) ?? '');
  }
  return names.filter((name) => texts.some((text) => text.includes(posix.basename(name))));
}

export interface PageTypeSummary {
  type: PageType;
  label: string;
  pages: number;
  maxHtmlCssGzipBytes: number;
  heaviestPage: string;
  maxScriptOnLoadGzipBytes: number;
  pagesWithScripts: number;
}

/** Figures per page type, in the order of PAGE_TYPES, types without pages left out. */
export function summarise(weights: PageWeight[]): PageTypeSummary[] {
  const types = [...PAGE_TYPES.map(({ type, label }) => ({ type: type as PageType, label })), { type: 'autre' as PageType, label: 'Autres pages' }];
  return types.flatMap(({ type, label }) => {
    const pages = weights.filter((weight) => weight.type === type);
    if (pages.length === 0) return [];
    const heaviest = pages.reduce((max, page) => (page.htmlCssGzipBytes > max.htmlCssGzipBytes ? page : max));
    return [
      {
        type,
        label,
        pages: pages.length,
        maxHtmlCssGzipBytes: heaviest.htmlCssGzipBytes,
        heaviestPage: heaviest.path,
        maxScriptOnLoadGzipBytes: Math.max(...pages.map((page) => page.scriptOnLoadGzipBytes)),
        pagesWithScripts: pages.filter((page) => page.scripts.length > 0 || page.scriptPreloads.length > 0).length,
      },
    ];
  });
}
