import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script';

describe('npm run verifier', { timeout: 60_000 }, () => {
  it('prints every error of bad content with how to correct it, and fails', () => {
    const result = runScript('verifier.ts', [], { CONTENT_DIR: 'tests/fixtures/contenu-invalide' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('12 erreurs');
    expect(result.stdout).toContain(
      'tests/fixtures/contenu-invalide/organismes/organisme-invalide.md:6 — telephones n° 1 › numero — numéro de téléphone nord-américain',
    );
    expect(result.stdout).toMatch(/Entre-Êtres\.md — \(nom du fichier\) — .* — renommez le fichier « entre-etres\.md »/);
    expect(result.stdout).toContain('Résultat : 12 erreurs à corriger.');
  });

  it('passes content that only has warnings, listing them and the state of the profiles', () => {
    const result = runScript('verifier.ts', [], { CONTENT_DIR: 'tests/fixtures/avertissements' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/avertissements \(à corriger quand possible/);
    expect(result.stdout).toMatch(/ancien\.md:11 — sources n° 1 — source non sécurisée .* — essayez l'adresse avec https:\/\//);
    expect(result.stdout).toContain('État des fiches (3 organismes)');
    expect(result.stdout).toContain('Résultat : aucune erreur');
  });
});
