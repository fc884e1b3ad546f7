/**
 * The field paths a zod schema accepts, e.g. `lieux[].adresse.numero`: objects give their keys, lists of
 * objects give `[]`; wrappers (optional, default, preprocess, refinements) are looked through.
 * Used to write a profile in the order of its schema (the partner form) and to keep the templates in step
 * with the schemas; unknown fields are refused by the strict schemas themselves (schemas/strict.ts).
 */
import type { z } from 'astro/zod';

interface ZodInternals {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, z.ZodType>;
      element?: z.ZodType;
      innerType?: z.ZodType;
      in?: z.ZodType;
      out?: z.ZodType;
      options?: z.ZodType[];
    };
  };
}

export function schemaFieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const { def } = (schema as unknown as ZodInternals)._zod;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) => [`${prefix}${key}`, ...schemaFieldPaths(field, `${prefix}${key}.`)]);
    case 'array':
      return schemaFieldPaths(def.element!, `${prefix.replace(/\.$/, '')}[].`);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return schemaFieldPaths(def.innerType!, prefix);
    case 'pipe':
      return [...schemaFieldPaths(def.in!, prefix), ...schemaFieldPaths(def.out!, prefix)];
    case 'union':
      return (def.options ?? []).flatMap((option) => schemaFieldPaths(option, prefix));
    default:
      return [];
  }
}

/** The same paths, read from data as written. */
export function dataFieldPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => dataFieldPaths(item, `${prefix.replace(/\.$/, '')}[].`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [`${prefix}${key}`, ...dataFieldPaths(item, `${prefix}${key}.`)]);
  }
  return [];
}
