import type { APIRoute } from 'astro';
import { getDirectory } from '../../data/directory';
import { listData } from '../../lib/ma-liste-data';

/** Every service as « Ma liste » shows it: one file, fetched by the list page only (never by a profile). */
export const GET: APIRoute = async () => {
  const directory = await getDirectory();
  return new Response(JSON.stringify(listData(directory)), { headers: { 'Content-Type': 'application/json' } });
};
