/**
 * The field paths of a schema and of data as written, e.g. `lieux[].adresse.numero`: objects give their keys,
 * lists of objects give `[]`. Keeps the templates in step with the schemas (tests/unit/templates.test.ts).
 * The schema is read through zod's own JSON Schema export, as a partner writes it (`io: 'input'`).
 */
import { z } from 'astro/zod';

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

function jsonSchemaPaths(schema: JsonSchema, prefix: string): string[] {
  const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].flatMap((option) => jsonSchemaPaths(option, prefix));
  const fields = Object.entries(schema.properties ?? {}).flatMap(([key, field]) => [`${prefix}${key}`, ...jsonSchemaPaths(field, `${prefix}${key}.`)]);
  const items = schema.items ? jsonSchemaPaths(schema.items, `${prefix.replace(/\.$/, '')}[].`) : [];
  return [...alternatives, ...fields, ...items];
}

export function schemaFieldPaths(schema: z.ZodType): string[] {
  return jsonSchemaPaths(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '');
}

export function dataFieldPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => dataFieldPaths(item, `${prefix.replace(/\.$/, '')}[].`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [`${prefix}${key}`, ...dataFieldPaths(item, `${prefix}${key}.`)]);
  }
  return [];
}
