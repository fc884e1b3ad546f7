import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'tlpj-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(root, 'content'), dir, { recursive: true });

describe('content check of YAML syntax', () => {
  it('reports a syntax error with its file and line, among the other errors', () => {
    // Line 4 of the file: the same field written twice.
    writeFileSync(join(dir, 'organismes/syntaxe-cassee.md'), '---\nnom: Organisme\nsecteur: communautaire\nnom: Encore\nsources_consultees_le: 2026-11-29\n---\n\nTexte.\n');
    writeFileSync(join(dir, 'organismes/sans-secteur.md'), '---\nnom: Autre organisme\nterritoires: [jonquiere]\nsources_consultees_le: 2026-11-29\n---\n');
    const result = checkContent(dir, { root: dir });
    const syntax = result.errors.filter((issue) => issue.file === 'organismes/syntaxe-cassee.md');
    expect(syntax.length, result.errors.map(formatIssue).join('\n')).toBeGreaterThan(0);
    expect(syntax[0]?.message).toMatch(/syntaxe YAML invalide/);
    expect(syntax[0]?.line).toBe(4);
    expect(result.errors.some((issue) => issue.file === 'organismes/sans-secteur.md' && issue.field === 'secteur' && issue.line === 2)).toBe(true);
  });
});
