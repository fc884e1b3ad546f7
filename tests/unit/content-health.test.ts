import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { contentHealth, formatContentHealth, isStale, monthsBetween } from '../../src/lib/content-health';

const root = join(import.meta.dirname, '../..');
const today = new Date('2026-11-29T12:00:00Z');
const { content } = checkContent('tests/fixtures/avertissements', { root, today });
const health = contentHealth(content.organismes, today);
const names = (profiles: { nom: string }[]) => profiles.map((profile) => profile.nom);

describe('staleness', () => {
  it('starts the day after twelve months', () => {
    expect(isStale(new Date('2025-11-29T12:00:00Z'), today)).toBe(false);
    expect(isStale(new Date('2025-11-28T12:00:00Z'), today)).toBe(true);
    expect(monthsBetween(new Date('2025-10-15T12:00:00Z'), today)).toBe(13);
  });
});

describe('content health', () => {
  it('counts complete, incomplete and stale profiles', () => {
    expect(health.total).toBe(3);
    expect(names(health.complete)).toEqual(['Organisme complet']);
    expect(names(health.incomplete)).toEqual(['Organisme ancien', 'Organisme sans lieu']);
    expect(names(health.stale)).toEqual(['Organisme ancien']);
  });

  it('says what each incomplete profile lacks', () => {
    const ancien = health.incomplete.find((profile) => profile.id === 'ancien');
    expect(ancien?.missing).toEqual(['résumé', 'téléphone ou courriel', 'adresse complète', 'services']);
    const sansLieu = health.incomplete.find((profile) => profile.id === 'sans-lieu');
    expect(sansLieu?.missing).toEqual(['adresse complète', 'services', 'sources']);
  });

  it('prints a summary with the counts and the lists', () => {
    const text = formatContentHealth(health);
    expect(text).toContain('État des fiches (3 organismes)');
    expect(text).toContain('1 complètes');
    expect(text).toContain('2 incomplètes');
    expect(text).toContain('1 à revérifier');
    expect(text).toMatch(/Organisme ancien \(tests\/fixtures\/avertissements\/organismes\/ancien\.md\) — revue le 2025-10-15 \(sources consultées ou confirmation\)/);
  });
});
