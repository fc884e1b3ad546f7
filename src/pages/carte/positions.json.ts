import type { APIRoute } from 'astro';
import { getMapPlaces } from '../../data/directory';
import { locatedPlaces, mapPositions } from '../../lib/map';

/** Where the located places are and what they can be filtered by: all the map needs to draw its clusters. */
export const GET: APIRoute = async () => {
  const places = locatedPlaces(await getMapPlaces());
  return new Response(JSON.stringify(mapPositions(places)), { headers: { 'Content-Type': 'application/json' } });
};
