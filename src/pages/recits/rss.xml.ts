import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { fr } from '../../i18n/fr';
import { sortRecits } from '../../lib/prejuges';
import { absoluteUrl, routes } from '../../lib/routes';
import { site } from '../../site.config';

/** The stories as an RSS feed, newest first, with absolute links that include the base. */
export const GET: APIRoute = async () => {
  const recits = sortRecits(await getCollection('recits'));
  const themes = new Map((await getCollection('themes')).map((theme) => [theme.id, theme.data.nom]));
  return rss({
    title: fr.recits.feedTitle,
    description: fr.recits.feedDescription,
    site: absoluteUrl(routes.recits(), site.url, site.base),
    items: recits.map((recit) => ({
      title: recit.data.titre,
      description: recit.data.resume,
      pubDate: recit.data.date,
      link: absoluteUrl(routes.recit(recit.id), site.url, site.base),
      categories: recit.data.themes.map((id) => themes.get(id) ?? id),
    })),
    customData: `<language>${site.lang.toLowerCase()}</language>`,
  });
};
