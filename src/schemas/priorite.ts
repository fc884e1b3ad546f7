import { idSchema, requiredText, z } from './common';

/**
 * A priority of the local action plan (`content/priorites/<id>.md`), as the Table's common project lists
 * them. The Markdown body explains it in plain language.
 */
export const prioriteSchema = z.object({
  /** Short, plain title shown to readers. */
  titre: requiredText,
  /** The wording of the action plan, quoted as written. */
  enonce: requiredText,
  /** Order in the action plan. */
  ordre: z.int({ error: 'nombre entier attendu, p. ex. 1' }).positive(),
  /** Need categories whose services serve this priority. */
  categories: z.array(idSchema).default([]),
});

export type Priorite = z.output<typeof prioriteSchema>;
