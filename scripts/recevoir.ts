/**
 * `npm run recevoir -- fiche.md`: publishes a profile a partner sent (made by the form on /contribuer/fiche/).
 * Checks it with the content check, as the content would be with the file in place; shows, field by field,
 * what changes against the current profile; then writes it to content/organismes/<id>.md. On any error, the
 * French report and nothing written.
 *
 *   npm run recevoir -- fiche.md             the file the partner attached
 *   npm run recevoir < courriel.txt          standard input, e.g. the e-mail's text (read from its « --- »)
 *   --id nom-de-la-fiche                     when the file does not say which profile it is
 *   --essai                                  check and show the changes, write nothing
 *
 * The folder is `content/`, or the one in CONTENT_DIR.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { fr } from '../src/i18n/fr';
import { formatIssue } from '../src/lib/content-check';
import { receiveProfile } from '../src/lib/receive-profile';
import { site } from '../src/site.config';

const words = fr.cli.recevoir;
const { values, positionals } = parseArgs({
  options: { id: { type: 'string' }, essai: { type: 'boolean', default: false } },
  allowPositionals: true,
  strict: true,
});

function read(): string {
  const path = positionals[0];
  if (path && path !== '-') {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      console.error(words.unreadable(path));
      process.exit(1);
    }
  }
  if (process.stdin.isTTY) {
    console.error(words.usage);
    process.exit(1);
  }
  return readFileSync(0, 'utf8');
}

const received = read();
const result = receiveProfile(received, { contentDir: site.contentDir, id: values.id });
if (result.errors.length > 0 || !result.target || !result.path) {
  console.error([...result.errors.map((issue) => `  ✗ ${formatIssue(issue)}`), '', words.refused(result.errors.length)].join('\n'));
  process.exit(1);
}

const out = [result.isNew ? words.newProfile(result.target) : words.update(result.target), words.changes(result.changes.length)];
for (const change of result.changes) {
  if (change.before === undefined) out.push(words.added(change.field, change.after ?? ''));
  else if (change.after === undefined) out.push(words.removed(change.field, change.before));
  else out.push(words.changed(change.field, change.before, change.after));
}
if (result.descriptionChanges.length > 0) out.push(words.description, ...result.descriptionChanges.map((line) => `  ${line}`));
if (values.essai) {
  out.push('', words.dryRun);
} else {
  mkdirSync(dirname(result.path), { recursive: true });
  writeFileSync(result.path, result.text);
  out.push('', words.written(result.target));
}
console.log(out.join('\n'));
