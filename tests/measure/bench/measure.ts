/**
 * Runs one build (`astro build`, then the search index for a full build) and measures it from outside:
 * wall time, CPU time, peak memory of the whole process tree (Astro, its workers, Pagefind's binary…),
 * and the per-step durations that the build itself reports through TLPJ_TIMINGS_FILE
 * (src/integrations/timings.ts).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { cleanEnvironment, type Program } from '../../support/build-site';

const GNU_TIME = '/usr/bin/time';

export interface StepTiming {
  ms: number;
  /** Sum of the counts the step reported (pages indexed, images drawn…), when it reports one. */
  count?: number;
  /** How many times the step reported, e.g. once per worker. */
  reports: number;
}

export interface BuildMeasure {
  wallMs: number;
  /** User + system CPU time of the build and its children, when GNU time is available. */
  cpuMs?: number;
  /** Largest resident set of one process (GNU time), MiB. */
  maxProcessRssMiB?: number;
  /** Largest sum of the resident sets of the whole process tree, sampled every 100 ms, MiB. */
  peakTreeRssMiB: number;
  /** Load average of the machine when the build started: other work on a shared machine. */
  loadAverage: number;
  steps: Record<string, StepTiming>;
  logFile: string;
}

function childrenOf(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return [];
  const children: number[] = [];
  for (const task of readdirSync(tasks)) {
    try {
      const list = readFileSync(join(tasks, task, 'children'), 'utf8').trim();
      if (list) children.push(...list.split(/\s+/).map(Number));
    } catch {
      // The task ended between the listing and the read.
    }
  }
  return children;
}

function residentKiB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function treeResidentKiB(root: number): number {
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    total += residentKiB(pid);
    pending.push(...childrenOf(pid));
  }
  return total;
}

export function readTimings(file: string): Record<string, StepTiming> {
  const steps: Record<string, StepTiming> = {};
  if (!existsSync(file)) return steps;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { step, ms, count } = JSON.parse(line) as { step: string; ms: number; count?: number };
    const total = (steps[step] ??= { ms: 0, reports: 0 });
    total.ms += ms;
    total.reports += 1;
    if (typeof count === 'number') total.count = (total.count ?? 0) + count;
  }
  return steps;
}

function parseGnuTime(text: string): { cpuMs?: number; maxProcessRssMiB?: number } {
  const seconds = (label: string) => Number(new RegExp(`${label} \\(seconds\\): ([\\d.]+)`).exec(text)?.[1] ?? Number.NaN);
  const cpu = seconds('User time') + seconds('System time');
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? Number.NaN);
  return {
    cpuMs: Number.isFinite(cpu) ? Math.round(cpu * 1000) : undefined,
    maxProcessRssMiB: Number.isFinite(rss) ? Math.round(rss / 1024) : undefined,
  };
}

export interface BuildCommand {
  /** What runs, as one process tree (tests/support/build-site.ts: buildProgram, astroBuildArguments). */
  program: Program;
  cwd: string;
  env: Record<string, string>;
  /** Where the build's output goes (kept for reading when a build fails). */
  logFile: string;
  timingsFile: string;
}

export async function measureBuild(command: BuildCommand): Promise<BuildMeasure> {
  rmSync(command.timingsFile, { force: true });
  const timeFile = `${command.logFile}.time`;
  rmSync(timeFile, { force: true });
  const useGnuTime = existsSync(GNU_TIME);
  const [program, args] = useGnuTime
    ? [GNU_TIME, ['-v', '-o', timeFile, command.program.file, ...command.program.args]]
    : [command.program.file, command.program.args];

  const loadAverage = loadavg()[0] ?? 0;
  const log = createWriteStream(command.logFile);
  const start = performance.now();
  const child = spawn(program, args, {
    cwd: command.cwd,
    env: { ...cleanEnvironment(), ...command.env, TLPJ_TIMINGS_FILE: command.timingsFile, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peakKiB = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakKiB = Math.max(peakKiB, treeResidentKiB(child.pid));
  }, 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - start;
  clearInterval(sampler);
  await new Promise<void>((resolve) => log.end(resolve));
  if (status !== 0) {
    const tail = readFileSync(command.logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`La construction a échoué (code ${status}) ; journal complet : ${command.logFile}\n${tail}`);
  }
  const gnu = useGnuTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : {};
  return {
    wallMs: Math.round(wallMs),
    ...gnu,
    peakTreeRssMiB: Math.round(peakKiB / 1024),
    loadAverage: Math.round(loadAverage * 100) / 100,
    steps: readTimings(command.timingsFile),
    logFile: command.logFile,
  };
}
