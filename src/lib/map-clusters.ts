/**
 * The map's clusters, one implementation for two places: the map's worker (client/map-worker.ts) answers
 * each view with it, and the build writes the clusters of the map page's first view into the page with
 * it, so that they show as soon as Leaflet is there, without waiting for the worker and the positions file
 * (issue 18). Both cluster the same places with the same options: the worker's first answer finds the
 * markers the page drew and keeps them.
 */
import Supercluster from 'supercluster';
import { mapPlaceDetails, type LocatedPlace, type MapPlaceDetails, type MapPoint } from './map';

export type ViewFeature =
  | { kind: 'cluster'; id: number; lat: number; lng: number; count: number; expansionZoom: number; places?: MapPlaceDetails[] }
  | { kind: 'place'; row: number; lat: number; lng: number; place: MapPlaceDetails };
/** What a view shows; `complete` is false while the names are still on their way (places left out). */
export interface ViewAnswer {
  features: ViewFeature[];
  complete: boolean;
}
/** West, south, east, north. */
export type BBox = [number, number, number, number];

interface PointProperties {
  row: number;
}
export type MapClusters = Supercluster<PointProperties>;

/** The zooms clustered for a map whose first view is at `viewZoom`. */
export interface ClusterZooms {
  minZoom: number;
  maxZoom: number;
}

/**
 * Clusters up to the deepest zoom: places that share an address stay one cluster, which lists them. None
 * below the first view's zoom minus two: each level costs a pass over every place.
 */
export function clusterZooms(viewZoom: number, maxZoom: number): ClusterZooms {
  return { minZoom: Math.max(0, viewZoom - 2), maxZoom };
}

/** The clusters of `rows` of `points`. */
export function clusterPlaces(points: readonly MapPoint[], rows: readonly number[], zooms: ClusterZooms): MapClusters {
  const index = new Supercluster<PointProperties>({ radius: 60, extent: 256, ...zooms });
  return index.load(rows.map((row) => ({ type: 'Feature', properties: { row }, geometry: { type: 'Point', coordinates: [points[row]!.lng, points[row]!.lat] } })));
}

/** The clusters and places within `bbox` at `zoom`; `details` are the places' names, by row, once known. */
export function viewOf(index: MapClusters, bbox: BBox, zoom: number, maxZoom: number, details: readonly MapPlaceDetails[] | undefined): ViewAnswer {
  const features: ViewFeature[] = [];
  let complete = true;
  for (const feature of index.getClusters(bbox, zoom)) {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const properties = feature.properties;
    if ('cluster_id' in properties) {
      const expansionZoom = index.getClusterExpansionZoom(properties.cluster_id);
      const cluster: ViewFeature = { kind: 'cluster', id: properties.cluster_id, lat, lng, count: properties.point_count, expansionZoom };
      if (expansionZoom > maxZoom) {
        // Places that share an address: their popup lists them, so it needs their names.
        if (!details) {
          complete = false;
          continue;
        }
        cluster.places = index.getLeaves(properties.cluster_id, Infinity).map((leaf) => details[leaf.properties.row]!);
      }
      features.push(cluster);
    } else if (details) features.push({ kind: 'place', row: properties.row, lat, lng, place: details[properties.row]! });
    else complete = false;
  }
  return { features, complete };
}

/** The whole world: the page's first view holds every cluster of its zoom, whatever the size of the screen. */
const WORLD: BBox = [-180, -85, 180, 85];

/**
 * What the map page's first view shows, unfiltered: every located place (in the order of the map's data
 * files) clustered at the map's first zoom. A few dozen clusters for a region-sized directory.
 */
export function firstView(located: readonly LocatedPlace[], map: { zoom: number; maxZoom: number }): ViewFeature[] {
  const index = clusterPlaces(located, [...located.keys()], clusterZooms(map.zoom, map.maxZoom));
  return viewOf(index, WORLD, map.zoom, map.maxZoom, mapPlaceDetails(located)).features;
}
