import { z } from './common';

/** Edit distance, to suggest the field a partner probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** « vouliez-vous dire « telephones » ? champs possibles ici : … », for fields that do not exist. */
export function unknownFieldsHint(keys: readonly string[], known: readonly string[]): string {
  const guesses = keys.flatMap((key) => {
    const [closest] = known.map((name) => ({ name, score: distance(key.toLowerCase(), name) })).sort((a, b) => a.score - b.score);
    return closest && closest.score <= Math.max(2, Math.floor(key.length / 3)) ? [`« ${closest.name} »`] : [];
  });
  return `${guesses.length > 0 ? `vouliez-vous dire ${guesses.join(' ou ')} ? ` : ''}champs possibles ici : ${known.join(', ')}`;
}

/**
 * An object that refuses unknown fields: in a partner's file, a misspelt field (`telephone:` for
 * `telephones:`) would otherwise be silently dropped. Its message says how to fix it; the content check
 * names each unknown field with that message.
 */
export function strictFields<T extends Record<string, z.ZodType>>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsHint(issue.keys, known) : undefined) });
}
