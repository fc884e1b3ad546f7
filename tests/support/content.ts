/** The real content, read with the same check the build uses. */
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check';
import { projectRoot } from './build-site';

export function realContent() {
  const result = checkContent(join(projectRoot, 'content'), { root: projectRoot });
  if (result.errors.length > 0) throw new Error(`Le contenu réel a des erreurs : ${result.errors.length}`);
  return result.content;
}
