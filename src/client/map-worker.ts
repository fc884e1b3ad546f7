/**
 * The map's data, off the page's main thread: a Web Worker fetches and parses the places' positions and
 * names, clusters them with supercluster and answers what the view needs. At 5,000 organisations the page
 * would otherwise spend most of a second (four times more on a slow phone) parsing 3 MB of JSON and
 * clustering ten thousand places, while the reader cannot scroll or tap.
 */
import Supercluster from 'supercluster';
import { mapPoints, matchesMapFilters, type MapFilters, type MapPlaceDetails, type MapPoint, type MapPositions } from '../lib/map';

export type MapRequest =
  | { type: 'load'; positions: string; details: string; municipalite?: string; minZoom: number; maxZoom: number }
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
export type ViewFeature =
  | { kind: 'cluster'; id: number; lat: number; lng: number; count: number; expansionZoom: number; places?: MapPlaceDetails[] }
  | { kind: 'place'; row: number; lat: number; lng: number; place: MapPlaceDetails };
/** What a `view` answers; `complete` is false while the names are still on their way (places left out). */
export interface ViewAnswer {
  features: ViewFeature[];
  complete: boolean;
}
/** What a `find` answers: where and at which zoom the place has a marker, or null if it has none. */
export type FindAnswer = { row: number; lat: number; lng: number; zoom: number } | null;

interface PointProperties {
  row: number;
}

let points: MapPoint[] = [];
let own: number[] = [];
let shown: number[] = [];
let shownFilters: string | undefined;
let details: MapPlaceDetails[] | undefined;
let detailsLoaded: Promise<MapPlaceDetails[]> | undefined;
let index: Supercluster<PointProperties> | undefined;
let maxZoom = 18;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

async function load(request: Extract<MapRequest, { type: 'load' }>): Promise<LoadAnswer> {
  points = mapPoints(await fetchJson<MapPositions>(request.positions));
  own = [...points.keys()].filter((row) => !request.municipalite || matchesMapFilters(points[row]!, { municipalite: request.municipalite }));
  maxZoom = request.maxZoom;
  // Clusters up to the deepest zoom: places that share an address stay one cluster, which lists them. None
  // below the first view's zoom minus two: each level costs a pass over every place.
  index = new Supercluster<PointProperties>({ radius: 60, extent: 256, minZoom: request.minZoom, maxZoom });
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
  index!.load(shown.map((row) => ({ type: 'Feature', properties: { row }, geometry: { type: 'Point', coordinates: [points[row]!.lng, points[row]!.lat] } })));
  return { count: shown.length, changed: true };
}

function view(bbox: [number, number, number, number], zoom: number): ViewAnswer {
  const features: ViewFeature[] = [];
  let complete = true;
  for (const feature of index!.getClusters(bbox, zoom)) {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const properties = feature.properties;
    if ('cluster_id' in properties) {
      const expansionZoom = index!.getClusterExpansionZoom(properties.cluster_id);
      const cluster: ViewFeature = { kind: 'cluster', id: properties.cluster_id, lat, lng, count: properties.point_count, expansionZoom };
      if (expansionZoom > maxZoom) {
        // Places that share an address: their popup lists them, so it needs their names.
        if (!details) {
          complete = false;
          continue;
        }
        cluster.places = index!.getLeaves(properties.cluster_id, Infinity).map((leaf) => details![leaf.properties.row]!);
      }
      features.push(cluster);
    } else if (details) features.push({ kind: 'place', row: properties.row, lat, lng, place: details[properties.row]! });
    else complete = false;
  }
  return { features, complete };
}

async function find(id: string, fromZoom: number): Promise<FindAnswer> {
  const row = (await detailsLoaded!).findIndex((place) => place.id === id);
  if (row < 0 || !shown.includes(row)) return null;
  const { lat, lng } = points[row]!;
  const around: [number, number, number, number] = [lng - 1e-6, lat - 1e-6, lng + 1e-6, lat + 1e-6];
  // The smallest zoom at which the place has a marker of its own; the deepest if it shares its address.
  let zoom = fromZoom;
  while (zoom < maxZoom && !index!.getClusters(around, zoom).some((feature) => 'row' in feature.properties && feature.properties.row === row)) zoom += 1;
  return { row, lat, lng, zoom };
}

function answer(request: Exclude<MapRequest, { type: 'load' }>): unknown {
  switch (request.type) {
    case 'filter':
      return filter(request.filters);
    case 'view':
      return view(request.bbox, request.zoom);
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
