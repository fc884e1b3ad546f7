import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'tlpj-modele-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the story template (modeles/recit.mdx)', () => {
  it('passes the content check as it is, next to the real categories and themes', () => {
    mkdirSync(join(dir, 'recits'));
    for (const file of ['categories.yaml', 'themes.yaml']) copyFileSync(join(root, 'content', file), join(dir, file));
    copyFileSync(join(root, 'modeles/recit.mdx'), join(dir, 'recits/modele.mdx'));
    const result = checkContent(dir, { root });
    expect(result.errors.map(formatIssue)).toEqual([]);
    expect(result.content.recits.map((entry) => entry.id)).toEqual(['modele']);
  });
});
