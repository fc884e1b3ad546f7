import { ICON_NAMES } from '../lib/icons';
import { idSchema, requiredText, z } from './common';

/** A need category (`content/categories.yaml`). */
export const categorieSchema = z.object({
  id: idSchema,
  nom: requiredText,
  /** One plain-language sentence: what kind of help this is. */
  description: requiredText,
  /** Name of an icon of `lib/icons.ts`, shown beside the label and hidden from screen readers. */
  icone: z.enum(ICON_NAMES, { error: `icône attendue parmi : ${ICON_NAMES.join(', ')}` }),
});

export type Categorie = z.output<typeof categorieSchema>;
