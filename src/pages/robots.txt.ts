import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '../lib/routes';
import { site } from '../site.config';

/** Every page may be indexed; the sitemap written by @astrojs/sitemap lists them. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap(), site.url, site.base)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
