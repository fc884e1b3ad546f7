import type { APIRoute } from 'astro';
import { getMapPlaces } from '../../data/directory';
import { locatedPlaces, mapPlaceDetails } from '../../lib/map';

/** The names, addresses and phones of the located places, in the order of `positions.json`. */
export const GET: APIRoute = async () => {
  const places = locatedPlaces(await getMapPlaces());
  return new Response(JSON.stringify(mapPlaceDetails(places)), { headers: { 'Content-Type': 'application/json' } });
};
