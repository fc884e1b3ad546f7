import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatIssue, formatReport } from '../lib/content-check';
import { timed } from './timings';

/**
 * Validates all content before Astro reads it. Astro's own validation stops at the first bad entry and
 * speaks English; this one reports every problem at once, in French, with the file, line and field,
 * and fails the build so that bad content never reaches a published page.
 */
export default function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'tlpj:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const result = await timed(logger, 'vérification du contenu', () => checkContent(contentDir, { root: fileURLToPath(config.root) }));
        for (const warning of result.warnings) logger.warn(formatIssue(warning));
        if (result.errors.length > 0) {
          const error = new Error(`${formatReport(result.errors)}\n\nCorrigez ces erreurs puis relancez la construction du site.`);
          error.name = 'ErreurDeContenu';
          // The report is the whole message; a stack trace would only hide it.
          error.stack = `${error.name}: ${error.message}`;
          throw error;
        }
        logger.info(
          `Contenu vérifié : ${Object.entries(result.content)
            .map(([name, entries]) => `${entries.length} ${name}`)
            .join(', ')}.`,
        );
      },
    },
  };
}
