/** `['services', 0, 'telephones', 1, 'numero']` → `services n° 1 › telephones n° 2 › numero`. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') parts[parts.length - 1] = `${parts[parts.length - 1] ?? 'élément'} n° ${key + 1}`;
    else parts.push(String(key));
  }
  return parts.join(' › ');
}
