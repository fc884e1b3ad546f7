/**
 * The social image (1200×630 PNG) of every page, rendered from the model during the build. Its `cacheKey` is
 * the card's content: Astro's incremental build takes back an unchanged card instead of rendering it again
 * (tens of seconds per build at a few thousand pages).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getBilan } from '../../data/bilan';
import { getDirectory, getMapPlaces } from '../../data/directory';
import { digest } from '../../lib/build-cache';
import { OG_DIR, ogImagePath, ogImagesEnabled, socialCard, type OgCard } from '../../lib/og';
import { loadOgFonts, renderOgImage } from '../../lib/og-render';
import { socialImagePages } from '../../lib/social-cards';
import { site } from '../../site.config';

export const getStaticPaths = (async () => {
  if (!ogImagesEnabled()) return [];
  const [directory, places, bilan, pages, prejuges, recits, themes] = await Promise.all([
    getDirectory(),
    getMapPlaces(),
    getBilan(),
    getCollection('pages'),
    getCollection('prejuges'),
    getCollection('recits'),
    getCollection('themes'),
  ]);
  return socialImagePages({ directory, places, bilan, pages, prejuges, recits, themes }).map(({ path, title }) => {
    const card = socialCard(path, title, site);
    const image = ogImagePath(path).slice(`/${OG_DIR}/`.length, -'.png'.length);
    return { params: { image }, props: { card }, cacheKey: digest([JSON.stringify(card)]) };
  });
}) satisfies GetStaticPaths;

const fonts = loadOgFonts();

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage((props as { card: OgCard }).card, fonts)), { headers: { 'Content-Type': 'image/png' } });
