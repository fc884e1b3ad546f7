/** Content read with the same check the build uses: the real content, or the content the tests own. */
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check';
import { projectRoot } from './build-site';

/** The realistic small content set the rendering and behaviour tests own: they may count and name anything in it. */
export const SITE_FIXTURE = 'tests/fixtures/site';

function contentOf(dir: string) {
  const result = checkContent(join(projectRoot, dir), { root: projectRoot });
  if (result.errors.length > 0) throw new Error(`Le contenu de ${dir} a des erreurs : ${result.errors.length}`);
  return result.content;
}

/** The content of tests/fixtures/site, from which `siteDir` is built. */
export function siteContent() {
  return contentOf(SITE_FIXTURE);
}

/** The real content/, from which `realSiteDir` is built: assert on it only what holds for any valid content. */
export function realContent() {
  return contentOf('content');
}
