/**
 * The field paths a zod schema accepts, e.g. `lieux[].adresse.numero`, read from its JSON Schema (zod's
 * public `toJSONSchema`): objects give their keys, lists of objects give `[]`. Used to keep the templates
 * in step with the schemas.
 */
import { z } from 'astro/zod';

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

function paths(schema: JsonSchema, prefix: string): string[] {
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].flatMap((option) => paths(option, prefix));
  const items = schema.items ? paths(schema.items, `${prefix.replace(/\.$/, '')}[].`) : [];
  const properties = Object.entries(schema.properties ?? {}).flatMap(([key, field]) => [`${prefix}${key}`, ...paths(field, `${prefix}${key}.`)]);
  return [...properties, ...items, ...nested];
}

export function schemaFieldPaths(schema: z.ZodType): string[] {
  return paths(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '');
}

/** The same paths, read from data as written. */
export function dataFieldPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => dataFieldPaths(item, `${prefix.replace(/\.$/, '')}[].`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [`${prefix}${key}`, ...dataFieldPaths(item, `${prefix}${key}.`)]);
  }
  return [];
}
