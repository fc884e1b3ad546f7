import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../data/directory';
import { fr } from '../../../i18n/fr';
import { hsdsFiles } from '../../../lib/hsds';
import { digest } from '../../../lib/build-cache';
import { entriesKey } from '../../../lib/page-cache';
import { absoluteUrl, routes } from '../../../lib/routes';
import { site } from '../../../site.config';

/**
 * The open-data export (HSDS 3.0, JSON and CSV) under `/donnees/hsds/`, from the same directory model as
 * the pages. Every file depends on the whole directory, so all share one cache key; being data, not a page,
 * it does not change with the site's scripts or social images (`pageCacheKey`).
 */
export const getStaticPaths = (async () => {
  const directory = await getDirectory();
  const packageOptions = {
    title: fr.donnees.packageTitle,
    description: fr.donnees.packageDescription,
    homepage: absoluteUrl(routes.donnees(), site.url, site.base),
    licence: { name: site.data.licence, url: site.data.licenceUrl },
  };
  const cacheKey = digest([site.url, site.base, entriesKey([...directory.organismes, ...directory.territoires, ...directory.categories])]);
  return hsdsFiles(directory, site, packageOptions).map(([file, text]) => ({ params: { file }, props: { text }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const type = params.file?.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response((props.text as () => string)(), { headers: { 'Content-Type': type } });
};
