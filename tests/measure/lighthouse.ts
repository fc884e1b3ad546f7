/**
 * `npm run lighthouse`: Lighthouse (mobile, its default) on one page of every kind of the built site, served
 * locally as a static host would serve it. Writes the scores to BENCHMARKS.md and benchmarks/lighthouse.json.
 * Build first (`npm run build`). Lighthouse and chrome-launcher are installed when the command runs
 * (`npm run lighthouse:install`, also run by the bench when it needs them). The local server does not
 * compress, so « text compression » and « cache » advice is left to the host (README, « Mise en ligne »).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium';
import { projectRoot } from '../support/build-site';
import { startStaticServer } from '../support/static-server';
import { describeMachine, machineLine, table, writeBlock, writeJson } from './bench/report';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Audit {
  id: string;
  score: number | null;
  scoreDisplayMode: string;
}
type Lighthouse = (url: string, flags: object) => Promise<{ lhr: { categories: Record<string, { score: number | null } | undefined>; audits: Record<string, Audit> } } | undefined>;
type ChromeLauncher = { launch: (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill: () => void }> };

export interface LighthouseResult {
  page: string;
  /** 0 to 100 by category. */
  scores: Record<string, number>;
  /** Audits that kept a score under 100, minus what only the host can fix. */
  below: string[];
}

/**
 * Lighthouse and chrome-launcher are not installed with every `npm ci`: the first run installs them
 * (`npm run lighthouse:install`, pinned versions). Names in variables, so that type checking does not look
 * for packages that are usually absent.
 */
async function loadLighthouse(): Promise<{ lighthouse: Lighthouse; chromeLauncher: ChromeLauncher }> {
  const [lighthouseName, launcherName] = ['lighthouse', 'chrome-launcher'];
  if (!existsSync(join(projectRoot, 'node_modules', lighthouseName)) || !existsSync(join(projectRoot, 'node_modules', launcherName))) {
    const install = spawnSync('npm', ['run', 'lighthouse:install'], { cwd: projectRoot, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('Installation de Lighthouse impossible : lancez « npm run lighthouse:install ».');
  }
  const lighthouse = ((await import(lighthouseName)) as { default: Lighthouse }).default;
  const chromeLauncher = (await import(launcherName)) as ChromeLauncher;
  return { lighthouse, chromeLauncher };
}

export function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
}

/** Lighthouse (mobile) on each page of a built site, served locally without compression. */
export async function runLighthouse(dist: string, pages: string[], log: (line: string) => void = console.log): Promise<LighthouseResult[]> {
  const { lighthouse, chromeLauncher } = await loadLighthouse();
  const server = await startStaticServer(dist);
  const chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: CHROMIUM_ARGS });
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      const run = await lighthouse(`${server.origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse n’a rien rendu pour ${page}`);
      const { categories, audits } = run.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)]));
      const hostOnly = new Set(['uses-text-compression', 'uses-long-cache-ttl', 'cache-insight', 'document-latency-insight']);
      const below = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && !hostOnly.has(audit.id) && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))
        .map((audit) => audit.id);
      results.push({ page, scores, below });
      log(`${page.padEnd(44)} ${CATEGORIES.map((name) => `${name} ${scores[name]}`).join(', ')}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return results;
}

async function main(): Promise<void> {
  const dist = join(projectRoot, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('Le site n’est pas construit : lancez « npm run build », puis « npm run lighthouse ».');
    process.exit(1);
  }
  const firstPage = (folder: string): string => {
    const names = existsSync(join(dist, folder)) ? readdirSync(join(dist, folder)).filter((name) => existsSync(join(dist, folder, name, 'index.html'))) : [];
    const name = names.sort()[0];
    if (!name) throw new Error(`Aucune page dans dist/${folder}/ : construisez le site d'abord (npm run build).`);
    return `/${folder}/${name}/`;
  };
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

  const results = await runLighthouse(dist, pages);
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
}

// Run as `npm run lighthouse`; imported by the bench for its function alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
