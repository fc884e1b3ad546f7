/**
 * The map's data, off the page's main thread: a Web Worker fetches and parses the places' positions and
 * names, clusters them with supercluster and answers what the view needs. At 5,000 organisations the page
 * would otherwise spend most of a second (four times more on a slow phone) parsing 3 MB of JSON and
 * clustering ten thousand places, while the reader cannot scroll or tap.
 */
import { mapPoints, matchesMapFilters, type MapFilters, type MapPlaceDetails, type MapPoint, type MapPositions } from '../lib/map';
import { clusterPlaces, clusterZooms, viewOf, type ClusterZooms, type MapClusters } from '../lib/map-clusters';

export type MapRequest =
  | { type: 'load'; positions: string; details: string; municipalite?: string; zoom: number; maxZoom: number }
  | { type: 'filter'; filters: MapFilters }
  | { type: 'view'; bbox: [number, number, number, number]; zoom: number }
  | { type: 'names' }
  | { type: 'find'; id: string; fromZoom: number };

/** What a `load` answers: the bounds of the places this map shows, if any. */
export type LoadAnswer = [[number, number], [number, number]] | null;
/** What a `filter` answers: how many places the filters keep, and whether the clusters were made anew. */
export interface FilterAnswer {
  count: number;
  changed: boolean;
}
/** What a `find` answers: where and at which zoom the place has a marker, or null if it has none. */
export type FindAnswer = { row: number; lat: number; lng: number; zoom: number } | null;

let points: MapPoint[] = [];
let own: number[] = [];
let shown: number[] = [];
let shownFilters: string | undefined;
let details: MapPlaceDetails[] | undefined;
let detailsLoaded: Promise<MapPlaceDetails[]> | undefined;
let index: MapClusters | undefined;
let zooms: ClusterZooms = { minZoom: 0, maxZoom: 18 };

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

async function load(request: Extract<MapRequest, { type: 'load' }>): Promise<LoadAnswer> {
  points = mapPoints(await fetchJson<MapPositions>(request.positions));
  own = [...points.keys()].filter((row) => !request.municipalite || matchesMapFilters(points[row]!, { municipalite: request.municipalite }));
  zooms = clusterZooms(request.zoom, request.maxZoom);
  // Names come after the positions, so that they never slow down the first clusters.
  detailsLoaded = fetchJson<MapPlaceDetails[]>(request.details).then((loaded) => (details = loaded));
  if (own.length === 0) return null;
  const lats = own.map((row) => points[row]!.lat);
  const lngs = own.map((row) => points[row]!.lng);
  return [
    [Math.min(...lats), Math.min(...lngs)],
    [Math.max(...lats), Math.max(...lngs)],
  ];
}

function filter(filters: MapFilters): FilterAnswer {
  const key = JSON.stringify([filters.besoin ?? '', filters.municipalite ?? '']);
  if (key === shownFilters) return { count: shown.length, changed: false };
  shownFilters = key;
  shown = own.filter((row) => matchesMapFilters(points[row]!, filters));
  index = clusterPlaces(points, shown, zooms);
  return { count: shown.length, changed: true };
}

async function find(id: string, fromZoom: number): Promise<FindAnswer> {
  const row = (await detailsLoaded!).findIndex((place) => place.id === id);
  if (row < 0 || !shown.includes(row)) return null;
  const { lat, lng } = points[row]!;
  const around: [number, number, number, number] = [lng - 1e-6, lat - 1e-6, lng + 1e-6, lat + 1e-6];
  // The smallest zoom at which the place has a marker of its own; the deepest if it shares its address.
  let zoom = fromZoom;
  while (zoom < zooms.maxZoom && !index!.getClusters(around, zoom).some((feature) => 'row' in feature.properties && feature.properties.row === row)) zoom += 1;
  return { row, lat, lng, zoom };
}

function answer(request: Exclude<MapRequest, { type: 'load' }>): unknown {
  switch (request.type) {
    case 'filter':
      return filter(request.filters);
    case 'view':
      return viewOf(index!, request.bbox, request.zoom, zooms.maxZoom, details);
    case 'names':
      return detailsLoaded!.then(() => null);
    case 'find':
      return find(request.id, request.fromZoom);
  }
}

// Every request waits for the positions; none waits for another (the names, slower, hold up nothing).
let loaded: Promise<unknown> = Promise.resolve();
self.onmessage = (event: MessageEvent<{ id: number; request: MapRequest }>) => {
  const { id, request } = event.data;
  const result = request.type === 'load' ? (loaded = load(request)) : loaded.then(() => answer(request));
  result.then(
    (value) => self.postMessage({ id, result: value }),
    (error: unknown) => self.postMessage({ id, error: String(error) }),
  );
};
