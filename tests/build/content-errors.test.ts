import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';

describe('a build from bad content', () => {
  const result = buildSite({ name: 'contenu-invalide', env: { CONTENT_DIR: 'tests/fixtures/contenu-invalide' } });

  it('fails', () => {
    expect(result.status).not.toBe(0);
  });

  it('names, in French, every file and field at fault in one report', () => {
    expect(result.output).toContain('11 erreurs dans le contenu');
    for (const expected of [
      'organisme-invalide.md:6 — telephones n° 1 › numero — numéro de téléphone nord-américain',
      'organisme-invalide.md:4 — territoires › municipalites n° 2 — territoire inconnu « chicoutimi »',
      'montreal.yaml:5 — centre — coordonnées hors du territoire',
      'Entre-Êtres.md — (nom du fichier)',
      'categories.yaml:5 — id — identifiant « alimentation » en double',
    ]) {
      expect(result.output).toContain(expected);
    }
  });
});
