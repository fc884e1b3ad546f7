/**
 * `npm run budgets [-- --dist <folder> --base /tlpj/]`: what each type of page of the real site weighs,
 * written to BENCHMARKS.md and benchmarks/budgets.json. Without --dist it builds the real site with the
 * production build (the same build the tests use, reused when nothing changed).
 * The budgets themselves are enforced by tests/build/budgets.test.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildSite } from '../support/build-site';
import {
  fontFiles,
  gzipSize,
  HTML_CSS_BUDGET_BYTES,
  leafletFiles,
  mapDataFiles,
  NO_SCRIPT_TYPES,
  summarise,
  weighSite,
  type PageType,
  type PageTypeSummary,
} from '../support/page-weight';
import { DASH, describeMachine, kib, table, writeBlock, writeJson, type Machine } from './bench/report';

export interface BudgetFigures {
  machine: Machine;
  pageTypes: PageTypeSummary[];
  fonts: { file: string; bytes: number }[];
  leaflet: { file: string; gzipBytes: number }[];
  mapData: { file: string; bytes: number; gzipBytes: number }[];
}

const BUDGETS: Partial<Record<PageType, string>> = {
  territoire: 'map script only, Leaflet on demand',
  carte: 'the only page with Leaflet and the map data',
  repertoire: 'no Pagefind on load',
  recherche: 'no Pagefind on load',
};

function budgetOf(type: PageType): string {
  if (NO_SCRIPT_TYPES.includes(type)) return `no JS, ≤ ${HTML_CSS_BUDGET_BYTES / 1024} KB`;
  return BUDGETS[type] ?? DASH;
}

export function measureBudgets(distDir: string, base = '/'): BudgetFigures {
  const weigh = (file: string) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSize(content) };
  };
  return {
    machine: describeMachine(),
    pageTypes: summarise(weighSite(distDir, base)),
    fonts: fontFiles(distDir).map((file) => ({ file, bytes: statSync(join(distDir, file)).size })),
    leaflet: [...leafletFiles(distDir)].sort().map((file) => {
      const { gzipBytes } = weigh(file);
      return { file, gzipBytes };
    }),
    mapData: mapDataFiles(distDir).map(weigh),
  };
}

export function writeBudgets(figures: BudgetFigures): void {
  const rows = figures.pageTypes.map((summary) => [
    summary.label,
    String(summary.pages),
    kib(summary.maxHtmlCssGzipBytes),
    `\`${summary.heaviestPage}\``,
    summary.maxScriptOnLoadGzipBytes === 0 ? '0' : kib(summary.maxScriptOnLoadGzipBytes),
    String(summary.pagesWithScripts),
    budgetOf(summary.type),
  ]);
  const list = (items: string[]) => (items.length === 0 ? 'none' : items.join(', '));
  const text = [
    `Real site, production build. ${figures.machine.date.slice(0, 10)}, commit ${figures.machine.commit}. Sizes in KB (1,024 bytes), gzip level 9; a page's HTML and each stylesheet it links are compressed separately, as a server sends them.`,
    '',
    table(
      ['Page type', 'Pages', 'Max HTML + CSS, gzip (KB)', 'Heaviest page', 'Max JS on load, gzip (KB)', 'Pages with a script', 'Budget'],
      rows,
    ),
    '',
    `- Fonts: ${figures.fonts.length} file(s): ${list(figures.fonts.map((font) => `\`${font.file}\` (${kib(font.bytes)} KB)`))}.`,
    `- Leaflet files: ${list(figures.leaflet.map((file) => `\`${file.file}\` (${kib(file.gzipBytes)} KB gzip)`))}.`,
    `- Map data: ${list(figures.mapData.map((file) => `\`${file.file}\` (${kib(file.bytes)} KB, ${kib(file.gzipBytes)} KB gzip)`))}.`,
  ].join('\n');
  writeBlock('budgets', text);
  writeJson('benchmarks/budgets.json', figures);
}

function main(): void {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, base: { type: 'string', default: '/' } } });
  let distDir = values.dist;
  if (!distDir) {
    const build = buildSite({ name: 'site' });
    if (build.status !== 0) throw new Error(`La construction du site a échoué :\n${build.output}`);
    distDir = build.outDir;
  }
  const figures = measureBudgets(distDir, values.base);
  writeBudgets(figures);
  for (const summary of figures.pageTypes) {
    console.log(`${summary.label.padEnd(20)} ${String(summary.pages).padStart(5)} pages, max ${kib(summary.maxHtmlCssGzipBytes)} KB HTML+CSS gzip`);
  }
  console.log(`Polices : ${figures.fonts.length}. Résultats écrits dans BENCHMARKS.md et benchmarks/budgets.json.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
