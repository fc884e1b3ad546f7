/**
 * Which Chromium the browser tests drive, so that `npm test` passes on a new machine without a step of its
 * own: the one CHROMIUM_PATH names, else the system's, else the one Playwright downloaded earlier; when
 * there is none, it installs one (Debian or Ubuntu as root: the distribution's package; elsewhere the
 * browser playwright-core downloads), or stops with one French sentence giving the command to run.
 *
 * `decideChromium` only decides, from what it is told about the machine (unit-tested with fake machines);
 * `ensureChromium` asks the real machine and acts.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

/** How the tests and `npm run lighthouse` start it: headless, quiet, without calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What the decision needs to know about the machine. */
export interface Machine {
  /** The CHROMIUM_PATH variable, if set. */
  chromiumPath?: string;
  platform: NodeJS.Platform;
  isRoot: boolean;
  /** The content of /etc/os-release, empty when there is none. */
  osRelease: string;
  /** Where playwright-core keeps the browser it downloads (whether or not it is there). */
  playwrightChromium?: string;
  /** The executable of that name on the PATH, if any. */
  onPath(name: string): string | undefined;
  /** Does this browser start (`--version` answers)? */
  starts(path: string): boolean;
}

export interface Install {
  /** What is run. */
  command: string;
  args: string[];
  /** The same, as a person would type it. */
  shown: string;
}

export type ChromiumDecision =
  | { action: 'use'; path: string; origin: 'CHROMIUM_PATH' | 'système' | 'Playwright' }
  | { action: 'install'; installs: Install[] }
  | { action: 'stop'; message: string };

/** Fixed places of Chrome or Chromium outside the PATH, by system. */
const FIXED_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

export const APT_INSTALL: Install = {
  command: 'sh',
  args: ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
  shown: 'apt-get install -y chromium',
};

export function playwrightInstall(cli: string): Install {
  return { command: process.execPath, args: [cli, 'install', 'chromium'], shown: 'npx playwright-core install chromium' };
}

function isDebianLike(osRelease: string): boolean {
  const field = (name: string) => new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '';
  return [field('ID'), ...field('ID_LIKE').split(/\s+/)].some((id) => id === 'debian' || id === 'ubuntu');
}

/** The French sentence that ends the tests when no browser could be found nor installed. */
export function missingChromiumMessage(command: string): string {
  return `Aucun Chromium pour les tests dans un navigateur : installez-le avec « ${command} » (ou nommez un Chrome ou un Chromium avec la variable CHROMIUM_PATH), puis relancez « npm test ».`;
}

/**
 * What to do on this machine. `mayInstall` is false once an installation was tried: then a machine still
 * without a browser ends in the sentence naming the command.
 */
export function decideChromium(machine: Machine, playwrightCli: string, mayInstall = true): ChromiumDecision {
  if (machine.chromiumPath !== undefined) {
    if (machine.starts(machine.chromiumPath)) return { action: 'use', path: machine.chromiumPath, origin: 'CHROMIUM_PATH' };
    return {
      action: 'stop',
      message: `La variable CHROMIUM_PATH désigne « ${machine.chromiumPath} », qui ne démarre pas : corrigez le chemin ou retirez la variable, puis relancez « npm test ».`,
    };
  }
  const candidates = [...PATH_NAMES.map((name) => machine.onPath(name)), ...(FIXED_PATHS[machine.platform] ?? [])];
  const system = [...new Set(candidates.filter((path): path is string => path !== undefined))].find((path) => machine.starts(path));
  if (system) return { action: 'use', path: system, origin: 'système' };
  if (machine.playwrightChromium && machine.starts(machine.playwrightChromium)) return { action: 'use', path: machine.playwrightChromium, origin: 'Playwright' };

  // As root on Debian or Ubuntu, the distribution's package (with the libraries it needs), Playwright's
  // download if that fails; anywhere else Playwright's download, which needs no administrator.
  const debian = machine.platform === 'linux' && isDebianLike(machine.osRelease);
  const download = playwrightInstall(playwrightCli);
  if (!mayInstall) return { action: 'stop', message: missingChromiumMessage(debian ? `${machine.isRoot ? '' : 'sudo '}${APT_INSTALL.shown}` : download.shown) };
  return { action: 'install', installs: debian && machine.isRoot ? [APT_INSTALL, download] : [download] };
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const full = join(dir, name);
    try {
      accessSync(full, constants.X_OK);
      return full;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

function starts(path: string): boolean {
  if (!existsSync(path)) return false;
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 && /chrom/i.test(result.stdout);
}

const require = createRequire(import.meta.url);

function realMachine(): Machine {
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  let playwrightChromium: string | undefined;
  try {
    playwrightChromium = chromium.executablePath();
  } catch {
    // No browser known to Playwright for this system.
  }
  const chromiumPath = process.env.CHROMIUM_PATH?.trim();
  return {
    chromiumPath: chromiumPath === '' ? undefined : chromiumPath,
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '',
    playwrightChromium,
    onPath,
    starts,
  };
}

function playwrightCli(): string {
  return join(dirname(require.resolve('playwright-core/package.json')), 'cli.js');
}

/** The path of a Chromium that starts, installed first if need be; throws the French sentence otherwise. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  let decision = decideChromium(realMachine(), playwrightCli());
  if (decision.action === 'install') {
    for (const install of decision.installs) {
      log(`Aucun Chromium trouvé pour les tests dans un navigateur : installation avec « ${install.shown} »…`);
      const result = spawnSync(install.command, install.args, { stdio: 'inherit' });
      if (result.status === 0) break;
    }
    decision = decideChromium(realMachine(), playwrightCli(), false);
  }
  if (decision.action === 'stop') throw new Error(decision.message);
  if (decision.action === 'install') throw new Error('unreachable: installation already tried');
  return decision.path;
}
