/** Runs one of the coordinator's command-line tools (`scripts/*.ts`) the way `npm run` does (see scripts/ts-loader.mjs). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './build-site';

const loader = join(projectRoot, 'scripts/ts-loader.mjs');

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], env: Record<string, string> = {}): ScriptResult {
  const result = spawnSync(process.execPath, ['--import', loader, join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
    // A tool waiting for an answer would hang the test: it must take everything from its arguments.
    input: '',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
