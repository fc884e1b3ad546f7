import type { APIRoute } from 'astro';
import { getDirectory } from '../../data/directory';
import { mapData } from '../../lib/map';

/** The map's data, one compact file fetched by the map script rather than inlined in every map page. */
export const GET: APIRoute = async () => {
  const directory = await getDirectory();
  return new Response(JSON.stringify(mapData(directory)), { headers: { 'Content-Type': 'application/json' } });
};
