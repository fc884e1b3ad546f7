/**
 * The baseline the full build is compared with: the same profiles, each rendered by a bare Astro page
 * (name + Markdown body), with no integration, no schema, no layout. Built with the same Astro, it is what
 * Astro itself costs for this many pages; the full/bare ratio is what the site's own work adds.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareSite(root: string, organismesDir: string, projectNodeModules: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  // The bare site uses the project's own Astro and Vite, so only the site differs.
  symlinkSync(projectNodeModules, join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'tlpj-bench-bare', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `export default { build: { format: 'directory' }, cacheDir: './cache', devToolbar: { enabled: false } };\n`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    [
      `import { defineCollection } from 'astro:content';`,
      `import { glob } from 'astro/loaders';`,
      `export const collections = {`,
      `  organismes: defineCollection({ loader: glob({ base: ${JSON.stringify(organismesDir)}, pattern: '*.md' }) }),`,
      `};`,
      ``,
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src/pages/[id].astro'),
    [
      `---`,
      `import { getCollection, render } from 'astro:content';`,
      `export async function getStaticPaths() {`,
      `  const entries = await getCollection('organismes');`,
      `  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));`,
      `}`,
      `const { entry } = Astro.props;`,
      `const { Content } = await render(entry);`,
      `---`,
      `<!doctype html>`,
      `<html lang="fr-CA">`,
      `  <head><meta charset="utf-8" /><title>{entry.data.nom}</title></head>`,
      `  <body><h1>{entry.data.nom}</h1><Content /></body>`,
      `</html>`,
      ``,
    ].join('\n'),
  );
}

/** What a cold build must not find: Astro's cache and generated types of the bare site. */
export function bareCaches(root: string): string[] {
  return [join(root, 'cache'), join(root, '.astro')];
}
