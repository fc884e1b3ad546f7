import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fr } from '../i18n/fr';
import { checkContent, formatReport } from '../lib/content-check';
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
        // Warnings never block a build; listed one by one they would bury the build log, so it counts them
        // and `npm run verifier` shows each with how to fix it.
        if (result.warnings.length > 0) logger.warn(fr.contentCheck.warnings(result.warnings.length));
        if (result.errors.length > 0) {
          const error = new Error(`${formatReport(result.errors)}\n\n${fr.contentCheck.fixThenRebuild}`);
          error.name = 'ErreurDeContenu';
          // The report is the whole message; a stack trace would only hide it.
          error.stack = `${error.name}: ${error.message}`;
          throw error;
        }
        logger.info(fr.contentCheck.checked(Object.entries(result.content).map(([name, entries]) => `${entries.length} ${name}`)));
      },
    },
  };
}
