/**
 * Checks that span several files: a reference to a municipality, a category or a place must name one
 * that exists, and ids that appear in URLs must be unique. Each check returns every problem it finds.
 */
import { fieldLabel } from './field-label';
import type { CollectionData, ContentIssue, CrossCheck, SourceEntry } from './content-check';

function unknownReferences(
  entry: SourceEntry,
  path: PropertyKey[],
  ids: readonly string[],
  known: ReadonlySet<string>,
  what: string,
  where: string,
): ContentIssue[] {
  return ids
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !known.has(id))
    .map(({ id, index }) => ({
      severity: 'erreur' as const,
      file: entry.file,
      line: entry.lineOf([...path, index]),
      field: fieldLabel([...path, index]),
      message: `${what} inconnu « ${id} » : attendu un identifiant parmi ${[...known].sort().join(', ')} (voir ${where})`,
    }));
}

const organismeReferences: CrossCheck = (content: CollectionData) => {
  const territoires = new Set(content.territoires.map((entry) => entry.id));
  const categories = new Set(content.categories.map((entry) => entry.id));
  const issues: ContentIssue[] = [];
  const serviceOwners = new Map<string, string>();

  for (const entry of content.organismes) {
    const { data } = entry;
    if (data.territoires !== 'tout') {
      issues.push(...unknownReferences(entry, ['territoires'], data.territoires, territoires, 'territoire', 'content/territoires/'));
    }
    const lieux = new Set<string>();
    data.lieux.forEach((lieu, index) => {
      if (lieux.has(lieu.id)) {
        issues.push({
          severity: 'erreur',
          file: entry.file,
          line: entry.lineOf(['lieux', index, 'id']),
          field: fieldLabel(['lieux', index, 'id']),
          message: `identifiant de lieu « ${lieu.id} » en double dans ce fichier : chaque lieu doit avoir son propre identifiant`,
        });
      }
      lieux.add(lieu.id);
    });
    data.services.forEach((service, index) => {
      const at = (field: string): PropertyKey[] => ['services', index, field];
      issues.push(...unknownReferences(entry, at('categories'), service.categories, categories, 'catégorie', 'content/categories.yaml'));
      if (service.territoires && service.territoires !== 'tout') {
        issues.push(...unknownReferences(entry, at('territoires'), service.territoires, territoires, 'territoire', 'content/territoires/'));
      }
      issues.push(...unknownReferences(entry, at('lieux'), service.lieux, lieux, 'lieu', 'la liste « lieux » de ce fichier'));
      const owner = serviceOwners.get(service.id);
      if (owner) {
        issues.push({
          severity: 'erreur',
          file: entry.file,
          line: entry.lineOf(at('id')),
          field: fieldLabel(at('id')),
          message: `identifiant de service « ${service.id} » en double : déjà utilisé dans ${owner} ; chaque service du répertoire doit avoir le sien`,
        });
      } else serviceOwners.set(service.id, entry.file);
    });
  }
  return issues;
};

export const referenceChecks: CrossCheck[] = [organismeReferences];
