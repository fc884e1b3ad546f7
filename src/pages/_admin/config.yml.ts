import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../lib/cms-config';
import { absoluteUrl, routes } from '../../lib/routes';
import { site } from '../../site.config';

/** The editor's configuration, made from the collections' schemas at each build (lib/cms-config.ts). */
export const GET: APIRoute = () => {
  const { repo } = site.cms;
  if (repo === undefined) throw new Error('The CMS configuration is only routed when site.config.ts names a repository.');
  const config = cmsConfig({ ...site.cms, repo }, { root: process.cwd(), contentDir: site.contentDir, siteUrl: absoluteUrl(routes.home(), site.url, site.base) });
  // Collections sharing their fields (each year of the bilan) are written out in full, not as YAML aliases.
  return new Response(stringify(config, { aliasDuplicateObjects: false }), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
