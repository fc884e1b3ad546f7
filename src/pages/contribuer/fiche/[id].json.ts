import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { entriesKey } from '../../../lib/page-cache';
import { profileFormData } from '../../../lib/profile-form';

export const getStaticPaths = (async () => {
  const organismes = await getCollection('organismes');
  return organismes.map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: entriesKey([entry]) }));
}) satisfies GetStaticPaths;

/** What the site knows of one profile, as its file writes it: the partner form fills itself with it. */
export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof getCollection<'organismes'>>>[number] };
  return new Response(JSON.stringify(profileFormData(entry.id, entry.data, entry.body)), { headers: { 'Content-Type': 'application/json' } });
};
