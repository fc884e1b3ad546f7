/**
 * How `npm test` finds a Chromium, decided on fake machines: which browser it takes, when it installs one
 * and how, and the sentence it stops with. The real machine's path is taken by every browser test.
 */
import { describe, expect, it } from 'vitest';
import { APT_INSTALL, decideChromium, missingChromiumMessage, playwrightInstall, type Machine } from '../support/chromium';

const CLI = '/projet/node_modules/playwright-core/cli.js';
const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

/** A machine where only the browsers in `working` start; `path` maps names on the PATH to files. */
function machine(options: Partial<Omit<Machine, 'onPath' | 'starts'>> & { working?: string[]; path?: Record<string, string> } = {}): Machine {
  const { working = [], path = {}, ...rest } = options;
  return {
    platform: 'linux',
    isRoot: false,
    osRelease: DEBIAN,
    playwrightChromium: '/home/moi/.cache/ms-playwright/chromium-1200/chrome-linux/chrome',
    onPath: (name) => path[name],
    starts: (file) => working.includes(file),
    ...rest,
  };
}

describe('finding a Chromium for the browser tests', () => {
  it('takes the browser CHROMIUM_PATH names before any other', () => {
    const decision = decideChromium(machine({ chromiumPath: '/opt/chrome/chrome', working: ['/opt/chrome/chrome', '/usr/bin/chromium'] }), CLI);
    expect(decision).toEqual({ action: 'use', path: '/opt/chrome/chrome', origin: 'CHROMIUM_PATH' });
  });

  it('stops, in French, when CHROMIUM_PATH names a browser that does not start, instead of taking another', () => {
    const decision = decideChromium(machine({ chromiumPath: '/opt/absent', working: ['/usr/bin/chromium'] }), CLI);
    expect(decision.action).toBe('stop');
    expect(decision.action === 'stop' && decision.message).toMatch(/^La variable CHROMIUM_PATH désigne « \/opt\/absent », qui ne démarre pas/);
  });

  it("takes the system's Chromium, found on the PATH or in its usual place", () => {
    expect(decideChromium(machine({ working: ['/usr/bin/chromium'] }), CLI)).toEqual({ action: 'use', path: '/usr/bin/chromium', origin: 'système' });
    const onPath = machine({ path: { 'google-chrome': '/usr/local/bin/google-chrome' }, working: ['/usr/local/bin/google-chrome'] });
    expect(decideChromium(onPath, CLI)).toEqual({ action: 'use', path: '/usr/local/bin/google-chrome', origin: 'système' });
    const mac = machine({ platform: 'darwin', osRelease: '', working: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'] });
    expect(decideChromium(mac, CLI)).toMatchObject({ action: 'use', origin: 'système' });
  });

  it('passes over a system browser that is there but does not start', () => {
    const broken = machine({ path: { chromium: '/usr/bin/chromium' }, working: ['/usr/bin/google-chrome'] });
    expect(decideChromium(broken, CLI)).toEqual({ action: 'use', path: '/usr/bin/google-chrome', origin: 'système' });
  });

  it("takes the browser Playwright downloaded earlier when the system has none", () => {
    const downloaded = machine({ working: ['/home/moi/.cache/ms-playwright/chromium-1200/chrome-linux/chrome'] });
    expect(decideChromium(downloaded, CLI)).toEqual({ action: 'use', path: '/home/moi/.cache/ms-playwright/chromium-1200/chrome-linux/chrome', origin: 'Playwright' });
  });

  it("installs the distribution's package as root on Debian or Ubuntu, Playwright's download if that fails", () => {
    for (const osRelease of [DEBIAN, UBUNTU]) {
      expect(decideChromium(machine({ isRoot: true, osRelease }), CLI)).toEqual({ action: 'install', installs: [APT_INSTALL, playwrightInstall(CLI)] });
    }
    expect(APT_INSTALL.args.join(' ')).toContain('apt-get install -y -qq chromium');
  });

  it("downloads Playwright's browser anywhere else: another system, or without being root", () => {
    for (const other of [machine({ isRoot: true, osRelease: FEDORA }), machine({ platform: 'darwin', osRelease: '' }), machine({ isRoot: false })]) {
      expect(decideChromium(other, CLI)).toEqual({ action: 'install', installs: [playwrightInstall(CLI)] });
    }
    expect(playwrightInstall(CLI).args).toEqual([CLI, 'install', 'chromium']);
  });

  it('stops after a failed installation with one French sentence giving the exact command', () => {
    const cases: [Machine, string][] = [
      [machine({ isRoot: true }), 'apt-get install -y chromium'],
      [machine({ isRoot: false }), 'sudo apt-get install -y chromium'],
      [machine({ osRelease: FEDORA }), 'npx playwright-core install chromium'],
    ];
    for (const [after, command] of cases) {
      const decision = decideChromium(after, CLI, false);
      expect(decision).toEqual({ action: 'stop', message: missingChromiumMessage(command) });
    }
    const sentence = missingChromiumMessage('apt-get install -y chromium');
    expect(sentence).toBe(
      'Aucun Chromium pour les tests dans un navigateur : installez-le avec « apt-get install -y chromium » (ou nommez un Chrome ou un Chromium avec la variable CHROMIUM_PATH), puis relancez « npm test ».',
    );
    expect(sentence.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });
});
