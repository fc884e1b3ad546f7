import { idSchema, requiredText, z } from './common';

/** A theme of the stories (`content/themes.yaml`): each theme has its own list page. */
export const themeSchema = z.object({
  id: idSchema,
  nom: requiredText,
  /** One sentence, also the meta description of the theme's page. */
  description: requiredText,
});

export type Theme = z.output<typeof themeSchema>;
