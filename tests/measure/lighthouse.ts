/**
 * `npm run lighthouse`: Lighthouse (mobile, its default) on one page of every kind of the built site, served
 * locally as a static host would serve it. Writes the scores to BENCHMARKS.md and benchmarks/lighthouse.json.
 * Build first (`npm run build`). Lighthouse and chrome-launcher are installed when the command runs. The local server does not compress, so « text compression » and « cache »
 * advice is left to the host (README, « Mise en ligne »).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium';
import { projectRoot } from '../support/build-site';
import { startStaticServer } from '../support/static-server';
import { describeMachine, machineLine, table, writeBlock, writeJson } from './bench/report';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Audit {
  id: string;
  score: number | null;
  scoreDisplayMode: string;
}
type Lighthouse = (url: string, flags: object) => Promise<{ lhr: { categories: Record<string, { score: number | null } | undefined>; audits: Record<string, Audit> } } | undefined>;
type ChromeLauncher = { launch: (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill: () => void }> };
// Installed by `npm run lighthouse` itself (package.json), not with every `npm ci`: names in variables, so
// that type checking does not look for packages that are usually absent.
const [lighthouseName, launcherName] = ['lighthouse', 'chrome-launcher'];
const lighthouse = ((await import(lighthouseName)) as { default: Lighthouse }).default;
const chromeLauncher = (await import(launcherName)) as ChromeLauncher;
const dist = join(projectRoot, 'dist');

function firstPage(folder: string): string {
  const names = existsSync(join(dist, folder)) ? readdirSync(join(dist, folder)).filter((name) => existsSync(join(dist, folder, name, 'index.html'))) : [];
  const name = names.sort()[0];
  if (!name) throw new Error(`Aucune page dans dist/${folder}/ : construisez le site d'abord (npm run build).`);
  return `/${folder}/${name}/`;
}

function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error('Le site n’est pas construit : lancez « npm run build », puis « npm run lighthouse ».');
  process.exit(1);
}

const pages = [
  '/',
  '/organismes/',
  firstPage('organismes'),
  firstPage('organismes/besoin'),
  firstPage('territoire'),
  '/recherche/',
  '/carte/',
  '/prejuges/',
  firstPage('prejuges'),
  '/recits/',
  firstPage('recits'),
  '/bilan/',
  firstPage('bilan'),
  '/plan-action/',
  '/donnees/',
  '/contribuer/',
  '/la-table/',
].filter((page, index, all) => all.indexOf(page) === index);

const server = await startStaticServer(dist);
const chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: CHROMIUM_ARGS });
const results: { page: string; scores: Record<string, number>; below: string[] }[] = [];
try {
  for (const page of pages) {
    const run = await lighthouse(`${server.origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Lighthouse n’a rien rendu pour ${page}`);
    const { categories, audits } = run.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)]));
    // What kept a score under 100, minus what only the host can fix.
    const hostOnly = new Set(['uses-text-compression', 'uses-long-cache-ttl', 'cache-insight', 'document-latency-insight']);
    const below = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && !hostOnly.has(audit.id) && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))
      .map((audit) => audit.id);
    results.push({ page, scores, below });
    console.log(`${page.padEnd(44)} ${CATEGORIES.map((name) => `${name} ${scores[name]}`).join(', ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const machine = describeMachine();
writeJson('benchmarks/lighthouse.json', { date: new Date().toISOString(), machine, results });
writeBlock(
  'lighthouse',
  [
    `Lighthouse ${lighthouseVersion()}, mobile emulation, local server without compression, ${new Date().toISOString().slice(0, 10)}. ${machineLine(machine)}`,
    '',
    table(['Page', ...CATEGORIES], results.map(({ page, scores }) => [`\`${page}\``, ...CATEGORIES.map((name) => String(scores[name]))])),
  ].join('\n'),
);
console.log('Résultats écrits dans BENCHMARKS.md et benchmarks/lighthouse.json.');
