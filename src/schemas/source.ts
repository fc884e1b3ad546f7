import { httpUrlSchema, optionalText, z } from './common';
import { strictFields } from './strict';

/**
 * Where a fact comes from. Written either as a bare address or as `{ url, titre }`;
 * both become `{ url, titre? }` so that pages show every source the same way.
 */
export const sourceSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { url: value } : value),
  strictFields({ url: httpUrlSchema, titre: optionalText }),
);

export const sourcesSchema = z.array(sourceSchema).default([]);

export type Source = z.output<typeof sourceSchema>;
