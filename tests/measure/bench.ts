/**
 * `npm run bench [-- --sizes 1000,5000 --repeat 1 --keep --work-dir <folder> --skip-lighthouse]`: builds synthetic
 * directories of that many organisations with the real production build, cold and warm, and the same profiles
 * with a bare Astro page, measures what a reader waits for on the map and the search pages of the full build,
 * then writes the figures to BENCHMARKS.md and benchmarks/results.json.
 * `npm run bench -- --readers-only --work-dir <folder> --sizes 5000 [--rebuild]` measures only the readers'
 * pages of the sites a `--keep` run left there, after one cold build of the current code with `--rebuild`:
 * before and after a change, on the same content.
 * Not a test: figures depend on the machine. The real `content/` is only read.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { checkContent, formatReport } from '../../src/lib/content-check';
import { astroBuildArguments, buildProgram, buildSite, projectRoot } from '../support/build-site';
import { listFiles, pagePath } from '../support/dist';
import { gzipSize, mapDataFiles } from '../support/page-weight';
import { bareCaches, writeBareSite } from './bench/bare-site';
import { copySite, type SiteCopy } from './bench/site-copy';
import { measureBuild, type BuildMeasure } from './bench/measure';
import { measureReaders, readersBlock, searchLabel, type ReaderResult } from './bench/readers';
import { BENCHMARKS_FILE, DASH, describeMachine, kib, machineLine, mib, seconds, table, writeBlock, writeJson, type Machine } from './bench/report';
import { checkSample, writeSyntheticContent } from './bench/synthetic-content';
import { measureBudgets, writeBudgets } from './budgets';

interface RunMeasure extends BuildMeasure {
  pagesPerSecond: number;
  /** Wall time of every run of this mode; the fastest one is the one reported. */
  wallMsRuns: number[];
}

interface SiteMeasure {
  pages: number;
  distBytes: number;
  cold: RunMeasure;
  warm: RunMeasure;
  /** After one profile's summary changed: what a partner's correction costs to publish. */
  edit: RunMeasure;
}

interface SizeResult {
  organisations: number;
  services: number;
  places: number;
  full: SiteMeasure & {
    mapData: { file: string; bytes: number; gzipBytes: number }[];
    /** The map page's HTML, compressed: it must not grow with the directory (data not inlined). */
    mapPageHtmlGzipBytes?: number;
    /** Pages that grow with the directory, heaviest first. */
    largestPages: { path: string; bytes: number; gzipBytes: number }[];
  };
  bare: SiteMeasure;
  /** Full / bare, by wall time and by CPU time (the latter hardly moves when the machine is busy). */
  ratio: { cold: number; warm: number; edit: number; coldCpu?: number; warmCpu?: number };
}

interface Results {
  machine: Machine;
  /** Runs of each build and mode; the fastest is reported. */
  repeat: number;
  sizes: SizeResult[];
  /** The map and search pages of the full build, by size (issue 18). */
  readers?: ReaderResult[];
}

const RESULTS_FILE = 'benchmarks/results.json';

/**
 * Build steps that report their duration, found by the names the build gives them: a row says so if one
 * stops reporting. The social images, exports and map data are pages of the build, counted with them.
 */
const KEY_STEPS = [
  { label: 'Pagefind', pattern: /pagefind|recherche|search/i },
  { label: 'Content check', pattern: /contenu|content/i },
];

// The limits of issue 15 for the largest directory measured.
const RSS_TARGET_MIB = 2560;
const WARM_RATIO_TARGET = 2;
const COLD_TARGET_S = 90;

function sumBytes(dir: string): number {
  return listFiles(dir, '').reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}

function withRate(measure: BuildMeasure & { wallMsRuns: number[] }, pages: number): RunMeasure {
  return { ...measure, pagesPerSecond: Math.round((pages / (measure.wallMs / 1000)) * 10) / 10 };
}

type Mode = 'cold' | 'warm' | 'edit';
const MODES: readonly Mode[] = ['cold', 'warm', 'edit'];
const MODE_LABELS: Record<Mode, string> = { cold: 'à froid', warm: 'à chaud', edit: 'après une fiche modifiée' };

/** One site of the comparison: how to build it, and what a cold build must not find. */
interface BenchedSite {
  label: string;
  outDir: string;
  caches: string[];
  build: (mode: Mode, run: number) => Promise<BuildMeasure>;
}

function fastest(measures: BuildMeasure[]): BuildMeasure & { wallMsRuns: number[] } {
  const best = measures.reduce((min, measure) => (measure.wallMs < min.wallMs ? measure : min));
  return { ...best, wallMsRuns: measures.map((measure) => measure.wallMs) };
}

/**
 * Cold builds of both sites, then warm builds of both, then builds after `edit` changed one profile,
 * `repeat` times each, the full and the bare build taking turns so that other work on a shared machine
 * weighs on both alike. The fastest run counts.
 */
async function buildModes(sites: BenchedSite[], repeat: number, edit: (run: number) => void): Promise<SiteMeasure[]> {
  const runs = sites.map(() => ({ cold: [] as BuildMeasure[], warm: [] as BuildMeasure[], edit: [] as BuildMeasure[] }));
  for (const mode of MODES) {
    for (let run = 1; run <= repeat; run += 1) {
      if (mode === 'edit') edit(run);
      for (const [index, site] of sites.entries()) {
        if (mode === 'cold') for (const path of [site.outDir, ...site.caches]) rmSync(path, { recursive: true, force: true });
        console.log(`  ${site.label}, ${MODE_LABELS[mode]}${repeat > 1 ? ` (${run}/${repeat})` : ''}…`);
        runs[index]?.[mode].push(await site.build(mode, run));
      }
    }
  }
  return sites.map((site, index) => {
    const pages = listFiles(site.outDir, '.html').length;
    const measures = runs[index] as Record<Mode, BuildMeasure[]>;
    return {
      pages,
      distBytes: sumBytes(site.outDir),
      cold: withRate(fastest(measures.cold), pages),
      warm: withRate(fastest(measures.warm), pages),
      edit: withRate(fastest(measures.edit), pages),
    };
  });
}

/** Changes the summary of the first profile, as a partner's correction would: a new text at every run. */
function editOneProfile(organismesDir: string, run: number): void {
  const [first] = readdirSync(organismesDir).filter((name) => name.endsWith('.md')).sort();
  if (!first) throw new Error(`Aucune fiche à modifier dans ${organismesDir}`);
  const file = join(organismesDir, first);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^resume: (.*)$/m, (_, written: string) => {
    const summary = String(parse(written)).replace(/ \(correction \d+\)$/, '');
    return `resume: ${JSON.stringify(`${summary} (correction ${run})`)}`;
  });
  if (edited === text) throw new Error(`Pas de résumé à modifier dans ${file}`);
  writeFileSync(file, edited);
}

/** One full build of the generated content in the project's copy, its log beside the content. */
function fullBuild(dir: string, site: SiteCopy): (mode: Mode, run: number) => Promise<BuildMeasure> {
  return (mode, run) =>
    measureBuild({
      program: buildProgram(site.outDir, site.buildOptions),
      cwd: site.root,
      env: { CONTENT_DIR: join(dir, 'content') },
      logFile: join(dir, `build-complet-${mode}-${run}.log`),
      timingsFile: join(dir, 'timings-complet.jsonl'),
    });
}

async function measureReadersOf(organisations: number, dist: string, lighthouse: boolean): Promise<ReaderResult> {
  console.log(`  lecteurs : carte, première recherche${lighthouse ? ', Lighthouse' : ''}…`);
  const measure = await measureReaders(dist, { lighthouse });
  console.log(
    `  carte : premiers repères ${seconds(measure.map.firstMarkMs)} s, ${kib(measure.map.gzipBytes)} KB gzip avant, un besoin choisi ${measure.map.filterMs === undefined ? '—' : seconds(measure.map.filterMs)} s ; recherche : ${measure.search
      .map((search) => `${searchLabel(search)} ${seconds(search.resultsMs)} s, ${kib(search.bytes)} KB`)
      .join(' ; ')}`,
  );
  return { organisations, date: new Date().toISOString(), commit: describeMachine().commit, ...measure };
}

async function benchSize(
  organisations: number,
  workDir: string,
  realContent: ReturnType<typeof checkContent>['content'],
  repeat: number,
  lighthouse: boolean,
): Promise<{ size: SizeResult; readers: ReaderResult }> {
  const dir = join(workDir, `organismes-${organisations}`);
  const contentDir = join(dir, 'content');
  console.log(`\n— ${organisations} organismes : génération du contenu dans ${contentDir}`);
  const { services, places } = writeSyntheticContent(realContent, { sourceDir: join(projectRoot, 'content'), targetDir: contentDir, organisations });
  checkSample(contentDir, join(dir, 'echantillon'));

  // The real project, copied so that its caches, wherever its integrations keep them, are the bench's own.
  const site = copySite(projectRoot, join(dir, 'site'));
  const fullOut = site.outDir;
  const bareRoot = join(dir, 'bare');
  // Inside the bare project: the prerender step imports packages from the output folder.
  const bareOut = join(bareRoot, 'dist');
  writeBareSite(bareRoot, join(contentDir, 'organismes'), join(projectRoot, 'node_modules'));

  const [full, bare] = (await buildModes(
    [
      {
        label: 'construction complète',
        outDir: fullOut,
        caches: site.caches,
        build: fullBuild(dir, site),
      },
      {
        label: 'construction nue (Astro seul)',
        outDir: bareOut,
        caches: bareCaches(bareRoot),
        build: (mode, run) =>
          measureBuild({
            program: { file: process.execPath, args: astroBuildArguments(bareOut, bareRoot) },
            cwd: bareRoot,
            env: {},
            logFile: join(dir, `build-nu-${mode}-${run}.log`),
            timingsFile: join(dir, 'timings-nu.jsonl'),
          }),
      },
    ],
    repeat,
    (run) => editOneProfile(join(contentDir, 'organismes'), run),
  )) as [SiteMeasure, SiteMeasure];

  const mapPage = join(fullOut, 'carte/index.html');
  const mapData = mapDataFiles(fullOut).map((file) => {
    const content = readFileSync(join(fullOut, file));
    return { file, bytes: content.length, gzipBytes: gzipSize(content) };
  });
  const largestPages = listFiles(fullOut, '.html')
    .map((file) => ({ file, bytes: statSync(join(fullOut, file)).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map(({ file, bytes }) => ({ path: pagePath(file), bytes, gzipBytes: gzipSize(readFileSync(join(fullOut, file))) }));
  const round = (value: number) => Math.round(value * 100) / 100;
  const cpuRatio = (mode: Mode) => {
    const [fullCpu, bareCpu] = [full[mode].cpuMs, bare[mode].cpuMs];
    return fullCpu === undefined || bareCpu === undefined ? undefined : round(fullCpu / bareCpu);
  };
  const result: SizeResult = {
    organisations,
    services,
    places,
    full: { ...full, mapData, mapPageHtmlGzipBytes: existsSync(mapPage) ? gzipSize(readFileSync(mapPage)) : undefined, largestPages },
    bare,
    ratio: {
      cold: round(full.cold.wallMs / bare.cold.wallMs),
      warm: round(full.warm.wallMs / bare.warm.wallMs),
      edit: round(full.edit.wallMs / bare.edit.wallMs),
      coldCpu: cpuRatio('cold'),
      warmCpu: cpuRatio('warm'),
    },
  };
  console.log(
    `  complète : ${seconds(full.cold.wallMs)} s à froid, ${seconds(full.warm.wallMs)} s à chaud ; nue : ${seconds(bare.cold.wallMs)} s / ${seconds(bare.warm.wallMs)} s ; rapport à chaud ${result.ratio.warm} ; après une fiche modifiée : ${seconds(full.edit.wallMs)} s contre ${seconds(bare.edit.wallMs)} s`,
  );
  return { size: result, readers: await measureReadersOf(organisations, fullOut, lighthouse) };
}

function stepRows(sizes: SizeResult[]): string[][] {
  const names = [...new Set(sizes.flatMap((size) => MODES.flatMap((mode) => Object.keys(size.full[mode].steps))))].sort();
  const cell = (measure: BuildMeasure, name: string) => {
    const step = measure.steps[name];
    if (!step) return DASH;
    return step.count === undefined ? seconds(step.ms) : `${seconds(step.ms)} (${step.count})`;
  };
  const keyRows = KEY_STEPS.filter(({ pattern }) => !names.some((name) => pattern.test(name))).map(({ label }) => [
    `${label} (no step reported)`,
    ...sizes.flatMap(() => MODES.map(() => DASH)),
  ]);
  return [...names.map((name) => [name, ...sizes.flatMap((size) => MODES.map((mode) => cell(size.full[mode], name)))]), ...keyRows];
}

function targetLines(sizes: SizeResult[]): string[] {
  const largest = sizes.reduce((max, size) => (size.organisations > max.organisations ? size : max));
  const peakOf = (mode: Mode) => Math.max(...sizes.map((size) => size.full[mode].peakTreeRssMiB));
  const processPeakOf = (mode: Mode) => Math.max(...sizes.map((size) => size.full[mode].maxProcessRssMiB ?? 0));
  const peak = Math.max(...MODES.map(peakOf));
  const mapFiles = largest.full.mapData;
  const verdict = (ok: boolean) => (ok ? '**met**' : '**not met**');
  return [
    `- Warm full build within ${WARM_RATIO_TARGET}× the bare build at ${largest.organisations.toLocaleString('en')} organisations: ratio ${largest.ratio.warm} in wall time (cold ${largest.ratio.cold}), ${largest.ratio.warmCpu ?? DASH} in CPU time — ${verdict(largest.ratio.warm <= WARM_RATIO_TARGET)}.`,
    `- Cold full build within ${COLD_TARGET_S} s at ${largest.organisations.toLocaleString('en')} organisations: ${seconds(largest.full.cold.wallMs)} s (bare ${seconds(largest.bare.cold.wallMs)} s; CPU ${
      largest.full.cold.cpuMs === undefined ? DASH : `${seconds(largest.full.cold.cpuMs)} s`
    }) — ${verdict(largest.full.cold.wallMs <= COLD_TARGET_S * 1000)}.`,
    `- Peak memory within 2.5 GiB: whole process tree ${MODES.map((mode) => `${peakOf(mode)} MiB ${mode}`).join(', ')} (largest single process ${MODES.map((mode) => `${processPeakOf(mode)} MiB ${mode}`).join(', ')}) — ${verdict(peak < RSS_TARGET_MIB)}${
      peak >= RSS_TARGET_MIB && peakOf('warm') < RSS_TARGET_MIB ? ' (met by the warm build only)' : ''
    }.`,
    `- Map data in files of its own, not inlined in the map page: ${
      mapFiles.length === 0
        ? 'no map data in this build (dist/carte/ absent)'
        : `${mapFiles.map((file) => `\`${file.file}\` ${mib(file.bytes)} MiB (${mib(file.gzipBytes)} MiB gzip)`).join(', ')}; map page HTML ${
            largest.full.mapPageHtmlGzipBytes === undefined ? DASH : `${(largest.full.mapPageHtmlGzipBytes / 1024).toFixed(1)} KB gzip`
          }`
    }.`,
  ];
}

function writeResults(results: Results): void {
  const { sizes } = results;
  const buildRows = sizes.flatMap((size) =>
    (['full', 'bare'] as const).map((kind) => {
      const site = size[kind];
      return [
        size.organisations.toLocaleString('en'),
        kind === 'full' ? 'full' : 'bare Astro',
        site.pages.toLocaleString('en'),
        seconds(site.cold.wallMs),
        seconds(site.warm.wallMs),
        seconds(site.edit.wallMs),
        String(site.cold.pagesPerSecond),
        String(site.warm.pagesPerSecond),
        site.cold.cpuMs === undefined ? DASH : `${Math.round((site.cold.cpuMs / site.cold.wallMs) * 100)} %`,
        MODES.map((mode) => site[mode].peakTreeRssMiB).join(' / '),
        mib(site.distBytes),
        kind === 'full' && size.full.mapData.length > 0 ? size.full.mapData.map((file) => `${(file.bytes / 1024).toFixed(0)} KB`).join(' + ') : DASH,
      ];
    }),
  );
  const text = [
    machineLine(results.machine),
    `Fastest of ${results.repeat} run(s) per build and mode. The machine is shared: the load average when each build started is in benchmarks/results.json, and wall times vary with it; CPU times vary much less.`,
    '',
    table(
      ['Organisations', 'Build', 'Pages', 'Cold (s)', 'Warm (s)', 'One profile edited (s)', 'Pages/s cold', 'Pages/s warm', 'CPU cold', 'Peak RSS cold / warm / edited (MiB)', 'dist/ (MiB)', 'Map data'],
      buildRows,
    ),
    '',
    table(
      ['Organisations', 'Services', 'Places', 'Full / bare, cold', 'Full / bare, warm', 'Full / bare, one profile edited', 'CPU time full / bare, cold', 'CPU time full / bare, warm'],
      sizes.map((size) => [
        size.organisations.toLocaleString('en'),
        size.services.toLocaleString('en'),
        size.places.toLocaleString('en'),
        String(size.ratio.cold),
        String(size.ratio.warm),
        String(size.ratio.edit),
        size.ratio.coldCpu === undefined ? DASH : String(size.ratio.coldCpu),
        size.ratio.warmCpu === undefined ? DASH : String(size.ratio.warmCpu),
      ]),
    ),
    '',
    'Time per build step, as the build reports it (seconds; the count the step reports in parentheses):',
    '',
    table(['Step', ...sizes.flatMap((size) => MODES.map((mode) => `${size.organisations.toLocaleString('en')} ${mode === 'edit' ? 'edited' : mode}`))], stepRows(sizes)),
    '',
    'Heaviest pages of the full build (HTML only):',
    '',
    table(
      ['Organisations', 'Page', 'HTML (KB)', 'HTML gzip (KB)'],
      sizes.flatMap((size) =>
        size.full.largestPages.map((page) => [size.organisations.toLocaleString('en'), `\`${page.path}\``, kib(page.bytes), kib(page.gzipBytes)]),
      ),
    ),
    '',
    '**Targets**',
    '',
    ...targetLines(sizes),
  ].join('\n');
  writeBlock('bench', text);
  writeReaders(results);
}

function writeReaders(results: Results): void {
  if (results.readers && results.readers.length > 0) writeBlock('readers', readersBlock(results.readers));
  writeJson(RESULTS_FILE, results);
}

/** Measures the readers' pages of the sites a `--keep` run left in `workDir`, rebuilt first with `rebuild`. */
async function readersOnly(sizes: number[], workDir: string, rebuild: boolean, lighthouse: boolean): Promise<void> {
  const file = join(projectRoot, RESULTS_FILE);
  const results: Results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Results) : { machine: describeMachine(), repeat: 0, sizes: [] };
  for (const organisations of sizes) {
    const dir = join(workDir, `organismes-${organisations}`);
    if (!existsSync(join(dir, 'content'))) throw new Error(`Pas de contenu généré dans ${dir} : lancez d'abord « npm run bench -- --sizes ${organisations} --keep --work-dir ${workDir} ».`);
    console.log(`\n— ${organisations} organismes (${dir})`);
    let dist = join(dir, 'site', 'dist');
    if (rebuild) {
      const site = copySite(projectRoot, join(dir, 'site'));
      console.log('  construction complète, à froid, du code actuel…');
      const build = await fullBuild(dir, site)('cold', 1);
      console.log(`  ${seconds(build.wallMs)} s, CPU ${build.cpuMs === undefined ? DASH : `${seconds(build.cpuMs)} s`}, mémoire ${build.peakTreeRssMiB} MiB (tous les processus), ${build.maxProcessRssMiB ?? DASH} MiB (le plus gros)`);
      dist = site.outDir;
    }
    if (!existsSync(join(dist, 'carte', 'index.html'))) throw new Error(`Pas de site construit dans ${dist} : ajoutez --rebuild.`);
    const measured = await measureReadersOf(organisations, dist, lighthouse);
    results.readers = [...(results.readers ?? []).filter((entry) => entry.organisations !== organisations), measured];
  }
  if (results.sizes.length > 0) writeResults(results);
  else writeReaders(results);
  console.log(`\nRésultats écrits dans ${BENCHMARKS_FILE} et ${RESULTS_FILE}.`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000' },
      keep: { type: 'boolean', default: false },
      'work-dir': { type: 'string' },
      repeat: { type: 'string', default: '1' },
      'readers-only': { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((value) => Number(value.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes attend des nombres entiers séparés par des virgules, p. ex. 1000,5000 (reçu : ${values.sizes})`);

  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat attend un nombre entier positif (reçu : ${values.repeat})`);

  const lighthouse = !values['skip-lighthouse'];
  if (values['readers-only']) {
    if (!values['work-dir']) throw new Error('--readers-only mesure les sites gardés par un « npm run bench -- --keep --work-dir <dossier> » : donnez ce --work-dir.');
    await readersOnly(sizes, values['work-dir'], values.rebuild, lighthouse);
    return;
  }

  const real = checkContent(join(projectRoot, 'content'), { root: projectRoot });
  if (real.errors.length > 0) throw new Error(`Le contenu réel a des erreurs :\n${formatReport(real.errors)}`);

  // A folder of its own by default: another clone may be running the bench on the same machine.
  const workDir = values['work-dir'] ?? mkdtempSync(join(tmpdir(), 'tlpj-bench-'));
  const results: Results = { machine: describeMachine(), repeat, sizes: [], readers: [] };
  for (const size of sizes) {
    const measured = await benchSize(size, workDir, real.content, repeat, lighthouse);
    results.sizes.push(measured.size);
    results.readers?.push(measured.readers);
    if (!values.keep) rmSync(join(workDir, `organismes-${size}`), { recursive: true, force: true });
  }
  if (values.keep) console.log(`\nDossiers de travail conservés dans ${workDir}`);
  else if (!values['work-dir']) rmSync(workDir, { recursive: true, force: true });
  writeResults(results);

  const site = buildSite({ name: 'site' });
  if (site.status !== 0) throw new Error(`La construction du site réel a échoué :\n${site.output}`);
  writeBudgets(measureBudgets(site.outDir));
  console.log('\nRésultats écrits dans BENCHMARKS.md, benchmarks/results.json et benchmarks/budgets.json.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
