/**
 * The map's data on its way, without Leaflet: a territory page's small map starts the worker (map-worker.ts)
 * and its first requests here, and loads Leaflet at the same time (issue 18). The map page starts it once
 * Leaflet is there: its first clusters are in the page itself.
 */
import type { MapFilters } from '../lib/map';
import type { ViewFeature } from '../lib/map-clusters';
import type { LatLng } from '../site.config';
import type { FilterAnswer, LoadAnswer, MapRequest } from './map-worker';

/** What the map container's `data-map` attribute holds (components/MapView.astro). */
export interface MapConfig {
  center: LatLng;
  zoom: number;
  maxZoom: number;
  tileUrl: string;
  tileAttribution: string;
  positions: string;
  details: string;
  municipalite?: string;
  /** The map page's first view, unfiltered, clustered by the build (lib/map-clusters.ts). */
  firstView?: ViewFeature[];
  labels: { zoomIn: string; zoomOut: string; closePopup: string; call: string };
}

export type AskWorker = <T>(request: MapRequest) => Promise<T>;

/** A started worker: its first answers are on their way. */
export interface MapData {
  container: HTMLElement;
  config: MapConfig;
  ask: AskWorker;
  /** The bounds of the map's places, once the positions are in. */
  loaded: Promise<LoadAnswer>;
  /** The first filters, and the places they keep, clustered. */
  filters: MapFilters;
  filtered: Promise<FilterAnswer>;
}

/** The map's worker: each request carries a number, and its answer comes back with it. */
function startWorker(): AskWorker {
  const worker = new Worker(new URL('./map-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
    const { id, result, error } = event.data;
    if (error === undefined) waiting.get(id)?.resolve(result as never);
    else waiting.get(id)?.reject(new Error(error));
    waiting.delete(id);
  };
  return <T>(request: MapRequest) =>
    new Promise<T>((resolve, reject) => {
      waiting.set(next, { resolve: resolve as (value: never) => void, reject });
      worker.postMessage({ id: next, request });
      next += 1;
    });
}

/** Starts the worker of a map container: it fetches the positions and clusters the places `filters` keep. */
export function startMapData(container: HTMLElement, filters: MapFilters): MapData {
  const config = JSON.parse(container.dataset.map ?? '{}') as MapConfig;
  const ask = startWorker();
  const loaded = ask<LoadAnswer>({
    type: 'load',
    positions: config.positions,
    details: config.details,
    municipalite: config.municipalite,
    zoom: config.zoom,
    maxZoom: config.maxZoom,
  });
  const filtered = ask<FilterAnswer>({ type: 'filter', filters });
  return { container, config, ask, loaded, filters, filtered };
}
