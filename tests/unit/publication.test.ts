/**
 * The publication recipes (GitHub Actions, GitLab CI) and the project's own CI run the README's quick start
 * as written, so that the three cannot drift apart: a command changed in one place fails here until the
 * others follow.
 */
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { buildProgram, projectRoot } from '../support/build-site';

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

/** The npm commands a piece of shell runs, in order, without their options: `npm ci`, `npm run build`… */
export function npmCommands(shell: string): string[] {
  return shell
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/, '').replace(/^\s*#.*$/, ''))
    .flatMap((line) => line.split(/&&|;/))
    .flatMap((segment) => {
      const match = /(?:^|\s)(npm (?:ci|test|run [\w:-]+))(?=\s|$)/.exec(segment);
      return match ? [match[1]!] : [];
    });
}

/** The commands of the README's quick start. */
function quickStart(): string[] {
  const section = read('README.md').split(/^## /m).find((part) => part.startsWith('Démarrage rapide'));
  const block = /```sh\n([\s\S]*?)```/.exec(section ?? '')?.[1];
  expect(block, 'README.md : bloc ```sh de « Démarrage rapide »').toBeDefined();
  return npmCommands(block!);
}

interface GitHubStep {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  id?: string;
}
const github = parse(read('.github/workflows/publier.yml')) as {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: GitHubStep[]; needs?: string }>;
};
const githubSteps = Object.values(github.jobs).flatMap((job) => job.steps);
const gitlab = parse(read('.gitlab-ci.yml')) as {
  pages: { script: string[]; artifacts: { paths: string[] }; cache: { paths: string[] }; rules: { if: string }[] };
};

/** Astro's cache folder for the real content, as the configuration sets it (Astro's default otherwise). */
const astroCacheDir = normalize(String(astroConfig.cacheDir ?? './node_modules/.astro')).replace(/\/$/, '');

describe("the README's quick start, run by every recipe", () => {
  const commands = quickStart();

  it('is install, build, tests', () => {
    expect(commands).toEqual(['npm ci', 'npm run build', 'npm test']);
  });

  it.each([
    ['the GitHub Actions workflow', () => npmCommands(githubSteps.flatMap((step) => step.run ?? []).join('\n'))],
    ['the GitLab CI pages job', () => npmCommands(gitlab.pages.script.join('\n'))],
    ['the project CI (.ci/run)', () => npmCommands(read('.ci/run'))],
  ])('is what %s runs, in the same order', (_, run) => {
    // The build before the tests: wrong content stops the job with the content check's French report.
    expect(run()).toEqual(commands);
  });

  it('needs no browser step of its own: npm test finds or installs Chromium', () => {
    for (const text of [read('.ci/run'), read('.gitlab-ci.yml'), read('.github/workflows/publier.yml')]) {
      expect(text).not.toMatch(/apt-get|playwright/);
    }
  });
});

describe('the GitHub Pages workflow', () => {
  const step = (action: string) => githubSteps.find((candidate) => candidate.uses?.startsWith(`${action}@`));
  const build = githubSteps.find((candidate) => candidate.run === 'npm run build');

  it('runs on a push to main and may publish to Pages', () => {
    expect(github.on.push.branches).toEqual(['main']);
    expect(github.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('builds for the address and sub-folder Pages gives the repository', () => {
    const pages = step('actions/configure-pages');
    expect(pages?.id).toBeDefined();
    expect(build?.env).toEqual({ SITE_URL: `\${{ steps.${pages!.id}.outputs.origin }}`, SITE_BASE: `\${{ steps.${pages!.id}.outputs.base_path }}/` });
  });

  it("keeps Astro's cache folder (pages, social images, search index) between runs, restored after npm ci", () => {
    const cache = step('actions/cache');
    const paths = (cache?.with?.path ?? '').split('\n').map((path) => normalize(path.trim()).replace(/\/$/, '')).filter(Boolean);
    expect(paths).toEqual([astroCacheDir]);
    expect(githubSteps.indexOf(cache!)).toBeGreaterThan(githubSteps.findIndex((candidate) => candidate.run === 'npm ci'));
    expect(githubSteps.indexOf(cache!)).toBeLessThan(githubSteps.indexOf(build!));
  });

  it('uploads dist/ and deploys it in a job that waits for the tests', () => {
    expect(step('actions/upload-pages-artifact')?.with?.path).toBe('dist');
    const deploy = Object.values(github.jobs).find((job) => job.steps.some((candidate) => candidate.uses?.startsWith('actions/deploy-pages@')));
    expect(deploy?.needs).toBeDefined();
    expect(github.jobs[deploy!.needs!]?.steps.some((candidate) => candidate.run === 'npm test')).toBe(true);
  });
});

describe('the GitLab Pages job', () => {
  const script = gitlab.pages.script;

  it('runs on the default branch and publishes public/, where the built site is moved last', () => {
    expect(gitlab.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(gitlab.pages.artifacts.paths).toEqual(['public']);
    expect(script.at(-1)).toBe('rm -rf public && mv dist public');
  });

  it('builds for the address GitLab serves the site at, and only that build', () => {
    const build = script.find((line) => npmCommands(line).includes('npm run build'));
    expect(build).toMatch(/^SITE_URL="\$\(echo "\$CI_PAGES_URL" .*" SITE_BASE="\$\(echo "\$CI_PAGES_URL" .*\)\/" npm run build$/);
    expect(script.join('\n')).not.toMatch(/export SITE_/);
  });

  it("keeps Astro's cache folder between runs, beside node_modules/ which npm ci empties", () => {
    expect(gitlab.pages.cache.paths).toEqual(expect.arrayContaining(['.cache-astro/']));
    const restore = script.findIndex((line) => line.includes(`mv .cache-astro ${astroCacheDir}`));
    const save = script.findIndex((line) => line === `mv ${astroCacheDir} .cache-astro`);
    expect(restore).toBeGreaterThan(script.indexOf('npm ci'));
    expect(save).toBeGreaterThan(script.indexOf('npm test'));
  });
});

describe('npm run build', () => {
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

  it('is astro build, then the search index as a step of its own, and nothing else', () => {
    expect(scripts.build?.split('&&').map((command) => command.trim())).toEqual(['astro build', 'npm run recherche']);
    expect(scripts.recherche).toBe('node --import ./scripts/ts-loader.mjs scripts/recherche.ts');
  });

  it('is what the tests and the bench build with: the same two steps, into the same folder', () => {
    const [option, script] = buildProgram('/tmp/sortie').args;
    expect(option).toBe('-c');
    const steps = script?.split(' && ') ?? [];
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatch(/\/node_modules\/astro\/bin\/astro\.mjs' 'build' '--outDir' '\/tmp\/sortie'$/);
    expect(steps[1]).toMatch(/'--import' '[^']*\/scripts\/ts-loader\.mjs' '[^']*\/scripts\/recherche\.ts' '--outDir' '\/tmp\/sortie'$/);
  });
});
