/**
 * The templates partners copy (modeles/) stay in step with the schemas: every field a schema knows is in
 * its template, and the template, dropped into the real content, passes the content check.
 * A template for another collection is one more line in TEMPLATES.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionDefinitions, type CollectionName } from '../../src/collections';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { dataFieldPaths, schemaFieldPaths } from '../support/schema-fields';
import { projectRoot } from '../support/build-site';

const TEMPLATES: { file: string; collection: CollectionName; guide?: string }[] = [
  { file: 'modeles/organisme.md', collection: 'organismes', guide: 'CONTRIBUER.md' },
];

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.each(TEMPLATES)('template $file', ({ file, collection, guide }) => {
  const definition = collectionDefinitions[collection];
  const text = readFileSync(join(projectRoot, file), 'utf8');

  it('has every field of the schema', () => {
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    expect(frontMatter, `${file} doit commencer par un en-tête entre deux lignes « --- »`).toBeDefined();
    const inTemplate = new Set(dataFieldPaths(parse(frontMatter!)));
    const fields = [...new Set(schemaFieldPaths(definition.schema))];
    expect(fields.length).toBeGreaterThan(10);
    expect(fields.filter((field) => !inTemplate.has(field))).toEqual([]);
  });

  if (guide) {
    it(`has every field explained in ${guide}`, () => {
      const text = readFileSync(join(projectRoot, guide), 'utf8');
      const names = [...new Set(schemaFieldPaths(definition.schema).map((path) => path.split(/\.|\[\]\./).pop()!))];
      expect(names.length).toBeGreaterThan(30);
      expect(names.filter((name) => !text.includes(`\`${name}\``))).toEqual([]);
    });
  }

  it('passes the content check when copied into the content', () => {
    const contentDir = mkdtempSync(join(tmpdir(), 'tlpj-modele-'));
    copies.push(contentDir);
    cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
    cpSync(join(projectRoot, file), join(contentDir, definition.path, `exemple-de-modele${extname(file)}`));
    const result = checkContent(contentDir, { root: contentDir });
    expect(result.errors.map(formatIssue)).toEqual([]);
    expect(Object.values(result.content).flat().some((entry) => entry.id === 'exemple-de-modele')).toBe(true);
  });
});
