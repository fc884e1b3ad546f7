import { requiredText, z } from './common';

/** A page of plain text written by the coordinator (`content/pages/<id>.md`), e.g. `la-table`. */
export const pageSchema = z.object({
  titre: requiredText,
  /** The meta description: one sentence of what the page says. */
  description: requiredText.max(200, { error: 'description trop longue : 200 caractères au plus' }),
  /** Members of the Table that offer no service, listed by name only (e.g. elected officials' offices). */
  membres_sans_services: z.array(requiredText).default([]),
});

export type Page = z.output<typeof pageSchema>;
