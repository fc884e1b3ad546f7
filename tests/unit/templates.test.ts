/**
 * The templates partners copy (modeles/) stay in step with the schemas: every field a schema knows is in
 * its template, and the template, dropped into the real content, passes the content check.
 * A template for another collection is one more line in TEMPLATES.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionDefinitions, type CollectionName } from '../../src/collections';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { projectRoot } from '../support/build-site';

const TEMPLATES: { file: string; collection: CollectionName; guide?: string }[] = [
  { file: 'modeles/organisme.md', collection: 'organismes', guide: 'CONTRIBUER.md' },
];

interface ZodInternals {
  _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; options?: z.ZodType[] } };
}

/**
 * Every field path a schema accepts, e.g. `lieux[].adresse.numero`: objects give their keys, lists of
 * objects give `[]`; wrappers (optional, default, preprocess, refinements) are looked through.
 */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const { def } = (schema as unknown as ZodInternals)._zod;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) => [`${prefix}${key}`, ...schemaPaths(field, `${prefix}${key}.`)]);
    case 'array':
      return schemaPaths(def.element!, `${prefix.replace(/\.$/, '')}[].`);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return schemaPaths(def.innerType!, prefix);
    case 'pipe':
      return [...schemaPaths(def.in!, prefix), ...schemaPaths(def.out!, prefix)];
    case 'union':
      return (def.options ?? []).flatMap((option) => schemaPaths(option, prefix));
    default:
      return [];
  }
}

/** The same paths, read from data as written. */
function dataPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => dataPaths(item, `${prefix.replace(/\.$/, '')}[].`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [`${prefix}${key}`, ...dataPaths(item, `${prefix}${key}.`)]);
  }
  return [];
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.each(TEMPLATES)('template $file', ({ file, collection, guide }) => {
  const definition = collectionDefinitions[collection];
  const text = readFileSync(join(projectRoot, file), 'utf8');

  it('has every field of the schema', () => {
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    expect(frontMatter, `${file} doit commencer par un en-tête entre deux lignes « --- »`).toBeDefined();
    const inTemplate = new Set(dataPaths(parse(frontMatter!)));
    const fields = [...new Set(schemaPaths(definition.schema))];
    expect(fields.length).toBeGreaterThan(10);
    expect(fields.filter((field) => !inTemplate.has(field))).toEqual([]);
  });

  if (guide) {
    it(`has every field explained in ${guide}`, () => {
      const text = readFileSync(join(projectRoot, guide), 'utf8');
      const names = [...new Set(schemaPaths(definition.schema).map((path) => path.split(/\.|\[\]\./).pop()!))];
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
