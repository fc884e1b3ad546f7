/**
 * Where the figures go: `BENCHMARKS.md`, whose hand-written text stays as it is and whose generated
 * blocks (between `<!-- name:start -->` and `<!-- name:end -->`) are replaced, and JSON files under
 * `benchmarks/` for tools.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../support/build-site';

export const BENCHMARKS_FILE = join(projectRoot, 'BENCHMARKS.md');

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  date: string;
  commit: string;
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) return match[1].trim();
  } catch {
    // Not Linux: fall back to what Node knows.
  }
  return cpus()[0]?.model ?? 'inconnu';
}

function gitCommit(): string {
  try {
    const git = (args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git(['rev-parse', '--short', 'HEAD']);
    const dirty = git(['status', '--porcelain']) !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()}`,
    date: new Date().toISOString(),
    commit: gitCommit(),
  };
}

export function machineLine(machine: Machine): string {
  return `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB of memory, Node ${machine.node}, ${machine.os}. Run on ${machine.date.slice(0, 16).replace('T', ' ')} UTC at commit ${machine.commit}.`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const DASH = '—';

export function kib(bytes: number | undefined): string {
  return bytes === undefined ? DASH : (bytes / 1024).toFixed(1);
}

export function mib(bytes: number | undefined): string {
  return bytes === undefined ? DASH : (bytes / 1024 ** 2).toFixed(1);
}

export function seconds(ms: number | undefined): string {
  return ms === undefined ? DASH : (ms / 1000).toFixed(1);
}

/** Replaces a generated block of BENCHMARKS.md, or appends it when the file does not have it yet. */
export function writeBlock(name: string, content: string, file = BENCHMARKS_FILE): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${content.trim()}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}` : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

export function writeJson(relativePath: string, value: unknown): string {
  const file = join(projectRoot, relativePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  return file;
}
