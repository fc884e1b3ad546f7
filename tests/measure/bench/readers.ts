/**
 * What a reader waits for on a large directory (issue 18), measured in headless Chromium on a built site
 * served locally: the map page until its first cluster or marker, a first search until its results, and
 * Lighthouse (mobile) on both pages. Map tiles are answered locally, as in the browser tests, and not counted.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { chromium } from 'playwright-core';
import { openPage } from '../../support/browser';
import { CHROMIUM_ARGS, ensureChromium } from '../../support/chromium';
import { gzipSize } from '../../support/page-weight';
import { startStaticServer } from '../../support/static-server';
import { runLighthouse } from '../lighthouse';
import { DASH, kib, table } from './report';

/** The map client's class names for what it draws (kept by any rewrite of the map). */
export const FIRST_MAP_MARK = '[data-map] .map-cluster, [data-map] .map-marker';
/**
 * Words of many synthetic profiles (service names and descriptions, synthetic-content.ts). More than one:
 * which index chunks a word needs depends on where Pagefind cut its index, so one word could be lucky.
 */
/**
 * A first search: words of many synthetic profiles (service names and descriptions, synthetic-content.ts),
 * and a need chosen in the filters before them, if any. More than one word: which index chunks a word needs
 * depends on where Pagefind cut its index, so one word could be lucky.
 */
export interface SearchCase {
  query: string;
  besoin?: string;
}
export const SEARCH_CASES: SearchCase[] = [{ query: 'dépannage' }, { query: 'logement' }, { query: 'impôt' }, { query: 'logement', besoin: 'alimentation' }];

export const searchLabel = ({ query, besoin }: SearchCase) => (besoin ? `« ${query} », besoin ${besoin}` : `« ${query} »`);
export const READER_PAGES = ['/carte/', '/recherche/'] as const;

/** Kinds of file a first search fetches, in the order the tables show them. */
export const FILE_KINDS = ['pagefind.js', 'worker', 'wasm', 'entry', 'meta', 'index', 'filter', 'fragment', 'search code', 'other'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Which kind of Pagefind file (or other file) a site path is. */
export function fileKind(path: string): FileKind {
  const name = /\/pagefind\/(.+)$/.exec(path)?.[1];
  if (name === undefined) return path.endsWith('.js') ? 'search code' : 'other';
  if (name === 'pagefind.js') return 'pagefind.js';
  if (name === 'pagefind-worker.js') return 'worker';
  if (name === 'pagefind-entry.json') return 'entry';
  if (/^wasm\.[^/]+\.pagefind$/.test(name)) return 'wasm';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.startsWith('index/')) return 'index';
  if (name.startsWith('filter/')) return 'filter';
  if (name.startsWith('fragment/')) return 'fragment';
  return 'other';
}

export interface MapMeasure {
  /** From navigation start to the first cluster or marker visible in the map. */
  firstMarkMs: number;
  /** Bodies of the responses finished by then, tiles excepted, as served (no compression) and gzipped. */
  bytes: number;
  gzipBytes: number;
  files: number;
  /** From choosing a need in the filters to the count of places shown changing, once the map is ready. */
  filterMs?: number;
  /** The longest main-thread task (over 50 ms, the browser's « long task ») while the filter applied; 0 if none. */
  filterLongestTaskMs?: number;
}

export interface SearchMeasure extends SearchCase {
  /** From the moment the reader types into the field (which starts loading the search) to the results shown. */
  resultsMs: number;
  results: number;
  /** Bodies of the responses finished from that moment until the results, as served (no compression). */
  bytes: number;
  byKind: Partial<Record<FileKind, { files: number; bytes: number }>>;
}

export interface ReaderMeasure {
  map: MapMeasure;
  /** One first search per query, each in a new browser context. */
  search: SearchMeasure[];
  /** Lighthouse scores by page, then by category (0–100). */
  lighthouse?: Record<string, Record<string, number>>;
}

/** Requests to the local site that the page has finished loading, in order (tiles come from elsewhere). */
function finishedRequests(page: Page, origin: string): Request[] {
  const list: Request[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().startsWith(`${origin}/`)) list.push(request);
  });
  return list;
}

async function bodies(requests: Request[]): Promise<{ path: string; body: Buffer }[]> {
  return Promise.all(
    requests.map(async (request) => ({ path: new URL(request.url()).pathname, body: (await (await request.response())?.body()) ?? Buffer.alloc(0) })),
  );
}

/** Resolves, in the page, with performance.now() (ms since navigation start) once `test` holds. */
async function pageTimeWhen(page: Page, test: string): Promise<number> {
  const handle = await page.waitForFunction(`(() => { const done = ${test}; return done ? performance.now() : false; })()`, undefined, {
    polling: 'raf',
    timeout: 120_000,
  });
  return (await handle.jsonValue()) as number;
}

/** Chooses the first need in the map's filters once the map shows its count, and times the answer. */
async function measureFilter(page: Page): Promise<Pick<MapMeasure, 'filterMs' | 'filterLongestTaskMs'>> {
  const count = () => page.locator('[data-map-count]').innerText();
  await page.waitForFunction(`document.querySelector('[data-map-count]')?.textContent.trim() !== ''`, undefined, { timeout: 120_000 });
  const needs = await page.locator('#carte-besoin option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
  if (needs.length === 0) return {};
  const before = await count();
  const start = await page.evaluate(() => {
    (window as { longTasks?: number[] }).longTasks = [];
    new PerformanceObserver((list) => (window as { longTasks?: number[] }).longTasks?.push(...list.getEntries().map((task) => task.duration))).observe({ type: 'longtask' });
    return performance.now();
  });
  await page.selectOption('#carte-besoin', needs[0]!);
  const answered = await pageTimeWhen(page, `document.querySelector('[data-map-count]')?.textContent !== ${JSON.stringify(before)}`);
  // The markers are drawn after the count: a long task then would still be a visible pause.
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => (window as { longTasks?: number[] }).longTasks ?? []);
  return { filterMs: Math.round(answered - start), filterLongestTaskMs: Math.round(Math.max(0, ...tasks)) };
}

async function measureMap(browser: Browser, origin: string): Promise<MapMeasure> {
  const { page, context } = await openPage(browser, origin);
  try {
    const finished = finishedRequests(page, origin);
    await page.goto(`${origin}/carte/`, { waitUntil: 'commit' });
    const firstMarkMs = await pageTimeWhen(page, `document.querySelector(${JSON.stringify(FIRST_MAP_MARK)})?.checkVisibility()`);
    const fetched = await bodies([...finished]);
    return {
      firstMarkMs: Math.round(firstMarkMs),
      bytes: fetched.reduce((sum, file) => sum + file.body.length, 0),
      gzipBytes: fetched.reduce((sum, file) => sum + (file.body.length > 0 ? gzipSize(file.body) : 0), 0),
      files: fetched.length,
      ...(await measureFilter(page)),
    };
  } finally {
    await context.close();
  }
}

async function measureSearch(browser: Browser, origin: string, { query, besoin }: SearchCase): Promise<SearchMeasure> {
  const { page, context } = await openPage(browser, origin);
  try {
    const finished = finishedRequests(page, origin);
    await page.goto(`${origin}/recherche/`);
    await page.waitForLoadState('networkidle');
    const since = finished.length;
    const start = (await page.evaluate(() => performance.now())) as number;
    // As fast as a reader could: choose the need (the filter files then load whole), focus (which starts
    // loading the search), type, submit; done when the results of that very query are shown.
    if (besoin) await page.selectOption('#recherche-besoin', besoin);
    await page.fill('#recherche-q', query);
    await page.press('#recherche-q', 'Enter');
    const end = await pageTimeWhen(
      page,
      `new URL(location.href).searchParams.get('q') === ${JSON.stringify(query)} && document.querySelector('[data-search-results]')?.dataset.searchDone === location.search`,
    );
    const fetched = await bodies(finished.slice(since));
    const byKind: SearchMeasure['byKind'] = {};
    for (const file of fetched) {
      const kind = (byKind[fileKind(file.path)] ??= { files: 0, bytes: 0 });
      kind.files += 1;
      kind.bytes += file.body.length;
    }
    return {
      query,
      besoin,
      resultsMs: Math.round(end - start),
      results: await page.locator('[data-search-list] > li').count(),
      bytes: fetched.reduce((sum, file) => sum + file.body.length, 0),
      byKind,
    };
  } finally {
    await context.close();
  }
}

/** Measures a built site (`dist` folder, served at the root path). */
export async function measureReaders(dist: string, options: { lighthouse: boolean; searches?: SearchCase[] }): Promise<ReaderMeasure> {
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  let measure: ReaderMeasure;
  try {
    const map = await measureMap(browser, server.origin);
    const search: SearchMeasure[] = [];
    for (const searched of options.searches ?? SEARCH_CASES) search.push(await measureSearch(browser, server.origin, searched));
    measure = { map, search };
  } finally {
    await browser.close();
    await server.close();
  }
  if (options.lighthouse) {
    const scores = await runLighthouse(dist, [...READER_PAGES]);
    measure.lighthouse = Object.fromEntries(scores.map((result) => [result.page, result.scores]));
  }
  return measure;
}

export interface ReaderResult extends ReaderMeasure {
  organisations: number;
  /** When and at which commit of the code the site was measured (the build may be older). */
  date: string;
  commit: string;
}

const score = (result: ReaderResult, page: string) => {
  const value = result.lighthouse?.[page]?.performance;
  return value === undefined ? DASH : String(value);
};

/** The « Readers at scale » block of BENCHMARKS.md. */
export function readersBlock(results: ReaderResult[]): string {
  const ms = (value: number | undefined) => (value === undefined ? DASH : (value / 1000).toFixed(2));
  const sorted = [...results].sort((a, b) => a.organisations - b.organisations);
  return [
    'Headless Chromium (Debian), desktop viewport, local server without compression, no CPU or network throttling; map tiles answered locally and not counted. A need chosen: the first need of the map\'s filters, once the map shows its count; a « long task » is one over 50 ms, 0 if none. Lighthouse: mobile emulation, performance score.',
    '',
    table(
      ['Organisations', 'Measured', '`/carte/`: first cluster or marker (s)', 'Fetched before it (KB)', 'gzip (KB)', 'A need chosen: count answered (s)', 'Longest task meanwhile (ms)', 'Lighthouse `/carte/`'],
      sorted.map((result) => [
        result.organisations.toLocaleString('en'),
        `${result.date.slice(0, 16).replace('T', ' ')} (${result.commit})`,
        ms(result.map.firstMarkMs),
        kib(result.map.bytes),
        kib(result.map.gzipBytes),
        ms(result.map.filterMs),
        result.map.filterLongestTaskMs === undefined ? DASH : String(result.map.filterLongestTaskMs),
        score(result, '/carte/'),
      ]),
    ),
    '',
    `First search on \`/recherche/\`, one per query in a new browser context: the query typed and submitted at once; bytes fetched from then until the first results show (KB, as served: Pagefind's files are already compressed; in parentheses, the number of files).`,
    '',
    table(
      ['Organisations', 'Query', 'Results shown (s)', 'Results', 'Fetched (KB)', ...FILE_KINDS, 'Lighthouse `/recherche/`'],
      sorted.flatMap((result) =>
        result.search.map((search, index) => [
          result.organisations.toLocaleString('en'),
          searchLabel(search),
          ms(search.resultsMs),
          String(search.results),
          kib(search.bytes),
          ...FILE_KINDS.map((kind) => {
            const files = search.byKind[kind];
            return files ? `${kib(files.bytes)} (${files.files})` : DASH;
          }),
          index === 0 ? score(result, '/recherche/') : '',
        ]),
      ),
    ),
  ].join('\n');
}
