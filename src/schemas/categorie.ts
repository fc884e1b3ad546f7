import { idSchema, requiredText, z } from './common';

/** A need category (`content/categories.yaml`). */
export const categorieSchema = z.object({
  id: idSchema,
  nom: requiredText,
  /** One plain-language sentence: what kind of help this is. */
  description: requiredText,
  /** A single emoji, shown beside the label and hidden from screen readers. */
  icone: requiredText,
});

export type Categorie = z.output<typeof categorieSchema>;
