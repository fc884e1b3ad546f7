import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fr } from '../i18n/fr';
import { BUILD_CODE, codeDigest, digest, filesUnder } from '../lib/build-cache';
import { checkContent, formatIssue, formatReport, type CollectionData } from '../lib/content-check';
import { configurationWarnings } from '../lib/content-warnings';
import { inCacheDir } from './content-cache';
import { timed } from './timings';

/** What a passed check leaves in its cache: enough to say the same thing in the build log. */
interface PassedCheck {
  key: string;
  warnings: number;
  counts: string[];
}

/** The local day: warnings depend on it (a profile checked more than 12 months ago, an old figure). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/** Every file of the content folder, name and bytes: a file added, removed or changed gives another digest. */
function contentDigest(dir: string): string {
  return digest(filesUnder(dir).flatMap((file) => [file, readFileSync(join(dir, file))]));
}

/** The content a build checked, for the build steps that work outside Astro's pages (the open-data export). */
export interface CheckedContentSource {
  /** The content folder, absolute. */
  contentDir: string;
  /** The project root, which file names in messages are relative to. */
  root: string;
  /** Changes whenever the content, the code or the day changes: the key of what is made from the content. */
  key: string;
}

export interface ContentCheckIntegration extends AstroIntegration {
  /** Known once the check has run, at the start of the build. */
  checkedContentSource: () => CheckedContentSource;
}

/**
 * Reads the content of a build that passed its check. Read again rather than kept from the check: a
 * directory of thousands of services weighs over 100 MB in memory, which the pages do not need.
 */
export function readCheckedContent({ contentDir, root }: CheckedContentSource): CollectionData {
  const result = checkContent(contentDir, { root });
  // The files changed since the check: the build must not publish what it has not checked.
  if (result.errors.length > 0) throw new Error(formatReport(result.errors));
  return result.content;
}

/**
 * Validates all content before Astro reads it. Astro's own validation stops at the first bad entry and
 * speaks English; this one reports every problem at once, in French, with the file, line and field,
 * and fails the build so that bad content never reaches a published page.
 *
 * A check that passed is remembered in Astro's cache folder, with a key made of every content file, the code
 * and the day: the next build with the same key skips it. Failures are never remembered.
 */
export default function contentCheck(contentDir: string): ContentCheckIntegration {
  let source: CheckedContentSource | undefined;
  return {
    name: 'tlpj:content-check',
    checkedContentSource: () => {
      if (source === undefined) throw new Error('The checked content is known once the check has run, at the start of the build.');
      return source;
    },
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const dir = isAbsolute(contentDir) ? contentDir : resolve(root, contentDir);
        const cacheFile = inCacheDir(config, 'tlpj-content-check.json');
        const passed = await timed(logger, 'vérification du contenu', (): PassedCheck => {
          const key = digest([codeDigest(root, BUILD_CODE), today(), contentDigest(dir)]);
          source = { contentDir: dir, root, key };
          const remembered = existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as PassedCheck) : undefined;
          if (remembered?.key === key) return remembered;
          const result = checkContent(dir, { root });
          if (result.errors.length > 0) {
            const error = new Error(`${formatReport(result.errors)}\n\n${fr.contentCheck.fixThenRebuild}`);
            error.name = 'ErreurDeContenu';
            // The report is the whole message; a stack trace would only hide it.
            error.stack = `${error.name}: ${error.message}`;
            throw error;
          }
          const summary: PassedCheck = {
            key,
            warnings: result.warnings.length,
            counts: Object.entries(result.content).map(([name, entries]) => `${entries.length} ${name}`),
          };
          mkdirSync(dirname(cacheFile), { recursive: true });
          // Through a temporary name: builds running side by side never read half a file.
          const temporary = `${cacheFile}.${process.pid}.tmp`;
          writeFileSync(temporary, JSON.stringify(summary));
          renameSync(temporary, cacheFile);
          return summary;
        });
        // Warnings never block a build; listed one by one they would bury the build log, so it counts them
        // and `npm run verifier` shows each with how to fix it.
        if (passed.warnings > 0) logger.warn(fr.contentCheck.warnings(passed.warnings));
        for (const issue of configurationWarnings()) logger.warn(formatIssue(issue));
        logger.info(fr.contentCheck.checked(passed.counts));
      },
    },
  };
}
