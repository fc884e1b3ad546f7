/**
 * The interactive map, on Leaflet, its places grouped into clusters by supercluster. Loaded only by pages
 * with a map (see map-page.ts and lazy-map.ts).
 *
 * The map first fetches the places' positions (`carte/positions.json`) and draws the clusters of what is in
 * view; only then does it fetch the places' names and addresses (`carte/lieux.json`), which single markers and
 * popups need. Only the markers in view exist, so a directory of thousands of places costs the reader one
 * small file and a few dozen markers before the first clusters.
 *
 * Markers are keyboard buttons named after their place (a `divIcon`, which also avoids the bundler's broken
 * default marker images); Enter opens the popup and puts the keyboard on its first link, Escape closes it and
 * returns to the marker. A cluster is a button too: Enter zooms in and the keyboard follows to what it held.
 * Places at the same address, which no zoom separates, open a popup that lists them.
 */
import L from 'leaflet';
import Supercluster from 'supercluster';
import 'leaflet/dist/leaflet.css';
import { map as mapStrings } from '../i18n/fr';
import { mapPoints, matchesMapFilters, type MapFilters, type MapPlaceDetails, type MapPositions } from '../lib/map';
import type { LatLng } from '../site.config';

interface MapConfig {
  center: LatLng;
  zoom: number;
  maxZoom: number;
  tileUrl: string;
  tileAttribution: string;
  positions: string;
  details: string;
  municipalite?: string;
  labels: { zoomIn: string; zoomOut: string; closePopup: string; profile: string; call: string };
}

export interface MapController {
  /** Shows the places the filters keep; returns how many. */
  setFilters(filters: MapFilters): number;
  /** Centres the map on a place and opens its popup; false when the place has no marker. */
  focusPlace(id: string): Promise<boolean>;
}

/** A point's only property: its row in `positions.json` and `lieux.json`. */
interface PointProperties {
  row: number;
}

function hiddenLabel(text: string): HTMLSpanElement {
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = text;
  return label;
}

function paragraph(...content: (Node | string)[]): HTMLParagraphElement {
  const line = document.createElement('p');
  line.append(...content);
  return line;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

const placeName = (place: MapPlaceDetails) => (place.lieu ? `${place.nom}, ${place.lieu}` : place.nom);

function popupContent(place: MapPlaceDetails, config: MapConfig): HTMLElement {
  const content = document.createElement('div');
  content.append(paragraph(link(place.url, place.nom)));
  for (const line of [place.lieu, place.adresse]) if (line) content.append(paragraph(line));
  if (place.telephone) content.append(paragraph(link(place.telephone.href, `${config.labels.call} ${place.telephone.label}`)));
  return content;
}

/** The popup of places no zoom separates: a list of links to their profiles. */
function sameSpotContent(places: MapPlaceDetails[]): HTMLElement {
  const content = document.createElement('div');
  const list = document.createElement('ul');
  for (const place of places) {
    const item = document.createElement('li');
    item.append(link(place.url, placeName(place)));
    list.append(item);
  }
  content.append(paragraph(mapStrings.sameSpotTitle(places.length)), list);
  return content;
}

function markerIcon(name: string): L.DivIcon {
  const html = document.createElement('span');
  html.append(hiddenLabel(name));
  return L.divIcon({ className: 'map-marker', html, iconSize: [22, 22] });
}

function clusterIcon(count: number, label: string): L.DivIcon {
  const html = document.createElement('span');
  const visible = document.createElement('span');
  visible.setAttribute('aria-hidden', 'true');
  visible.textContent = String(count);
  html.append(visible, hiddenLabel(label));
  return L.divIcon({ className: 'map-cluster', html, iconSize: [36, 36] });
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

export async function createMap(container: HTMLElement, filters: MapFilters): Promise<MapController> {
  const config = JSON.parse(container.dataset.map ?? '{}') as MapConfig;
  const map = L.map(container, { zoomControl: false, maxZoom: config.maxZoom }).setView(
    [config.center.lat, config.center.lng],
    config.zoom,
  );
  L.control.zoom({ zoomInTitle: config.labels.zoomIn, zoomOutTitle: config.labels.zoomOut }).addTo(map);
  map.attributionControl.setPrefix(false);
  L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: config.maxZoom }).addTo(map);

  const points = mapPoints(await fetchJson<MapPositions>(config.positions));
  // The rows this map can show: a municipality's map, those serving it.
  const own = [...points.keys()].filter((row) => !config.municipalite || matchesMapFilters(points[row]!, { municipalite: config.municipalite }));
  let details: MapPlaceDetails[] | undefined;
  // Clusters up to the deepest zoom: places that share an address stay one cluster, which lists them. None
  // below the map's first view minus two: each zoom level costs a pass over every place, and a reader who zooms
  // further out sees those clusters, which is right at that scale.
  const index = new Supercluster<PointProperties>({ radius: 60, extent: 256, minZoom: Math.max(0, config.zoom - 2), maxZoom: config.maxZoom });
  const layer = L.layerGroup();
  /** The markers drawn, by cluster or row: kept while in view, so an open popup or the focus survives a pan. */
  let drawn = new Map<string, L.Marker>();

  const openPopupWithKeyboard = (marker: L.Marker) =>
    marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
      if (event.originalEvent.key === 'Enter') window.requestAnimationFrame(() => marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.leaflet-popup-content a')?.focus());
    });

  const nearestMarker = (position: L.LatLng): L.Marker | undefined => {
    const target = map.latLngToLayerPoint(position);
    let nearest: L.Marker | undefined;
    let distance = Infinity;
    for (const marker of drawn.values()) {
      const next = map.latLngToLayerPoint(marker.getLatLng()).distanceTo(target);
      if (next < distance) [nearest, distance] = [marker, next];
    }
    return nearest;
  };

  const clusterMarker = (position: L.LatLng, id: number, count: number): L.Marker | undefined => {
    const expansion = index.getClusterExpansionZoom(id);
    if (expansion <= config.maxZoom) {
      const marker = L.marker(position, { icon: clusterIcon(count, mapStrings.clusterLabel(count)) });
      marker.on('click', (event: L.LeafletMouseEvent) => {
        const keyboard = event.originalEvent instanceof KeyboardEvent;
        map.once('moveend', () => {
          if (keyboard) nearestMarker(position)?.getElement()?.focus();
        });
        map.setView(position, expansion);
      });
      return marker;
    }
    if (!details) return undefined;
    const places = index.getLeaves(id, Infinity).map((leaf) => details![leaf.properties.row]!);
    return openPopupWithKeyboard(
      L.marker(position, { icon: clusterIcon(count, mapStrings.sameSpotLabel(count)) }).bindPopup(sameSpotContent(places)),
    );
  };

  const placeMarker = (position: L.LatLng, row: number): L.Marker | undefined => {
    const place = details?.[row];
    if (!place) return undefined;
    return openPopupWithKeyboard(L.marker(position, { icon: markerIcon(placeName(place)) }).bindPopup(popupContent(place, config)));
  };

  /** Draws the clusters and places in view (and half a screen around, so a short pan shows no gap). */
  const render = () => {
    const bounds = map.getBounds().pad(0.5);
    const next = new Map<string, L.Marker>();
    for (const feature of index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], map.getZoom())) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties;
      const key = 'cluster_id' in properties ? `cluster-${properties.cluster_id}` : `place-${properties.row}`;
      const marker =
        drawn.get(key) ??
        ('cluster_id' in properties
          ? clusterMarker(L.latLng(lat, lng), properties.cluster_id, properties.point_count)
          : placeMarker(L.latLng(lat, lng), properties.row));
      if (!marker) continue;
      next.set(key, marker);
      if (!layer.hasLayer(marker)) layer.addLayer(marker);
    }
    for (const [key, marker] of drawn) if (!next.has(key)) layer.removeLayer(marker);
    drawn = next;
  };

  let shown: number[] = [];
  let shownFilters: string | undefined;
  const show = (next: MapFilters) => {
    // The page applies its filters once the map is there: the same filters need no new clustering.
    const key = JSON.stringify([next.besoin ?? '', next.municipalite ?? '']);
    if (key === shownFilters) return shown.length;
    shownFilters = key;
    shown = own.filter((row) => matchesMapFilters(points[row]!, next));
    index.load(shown.map((row) => ({ type: 'Feature', properties: { row }, geometry: { type: 'Point', coordinates: [points[row]!.lng, points[row]!.lat] } })));
    // Cluster ids are only meaningful for the points just loaded.
    layer.clearLayers();
    drawn = new Map();
    render();
    return shown.length;
  };

  map.on('popupopen', (event: L.PopupEvent) => {
    const element = event.popup.getElement();
    const close = element?.querySelector<HTMLElement>('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', config.labels.closePopup);
    close?.setAttribute('title', config.labels.closePopup);
    element?.addEventListener('keydown', (keyboard) => {
      if (keyboard.key !== 'Escape') return;
      const source = (event.popup as unknown as { _source?: L.Marker })._source;
      map.closePopup();
      source?.getElement()?.focus();
    });
  });

  // The municipality's view is set before the markers are drawn, without animation: the reader sees the
  // right view at once, and nothing is drawn twice.
  const all = L.latLngBounds(own.map((row) => [points[row]!.lat, points[row]!.lng]));
  if (all.isValid() && config.municipalite) map.fitBounds(all, { padding: [24, 24], maxZoom: 14, animate: false });
  layer.addTo(map);
  map.on('moveend', render);
  show(filters);

  // Names and addresses come after the first clusters: single markers and lists of places need them.
  const detailsLoaded = fetchJson<MapPlaceDetails[]>(config.details).then((loaded) => {
    details = loaded;
    render();
    return loaded;
  });

  return {
    setFilters: show,
    async focusPlace(id) {
      const row = (await detailsLoaded).findIndex((place) => place.id === id);
      if (row < 0 || !shown.includes(row)) return false;
      const point = points[row]!;
      const around: [number, number, number, number] = [point.lng - 1e-6, point.lat - 1e-6, point.lng + 1e-6, point.lat + 1e-6];
      // The smallest zoom at which the place has a marker of its own; the deepest if it shares its address.
      let zoom = map.getZoom();
      while (zoom < config.maxZoom && !index.getClusters(around, zoom).some((feature) => 'row' in feature.properties && feature.properties.row === row)) zoom += 1;
      container.scrollIntoView({ block: 'nearest' });
      map.setView([point.lat, point.lng], zoom, { animate: false });
      (drawn.get(`place-${row}`) ?? nearestMarker(L.latLng(point.lat, point.lng)))?.openPopup();
      return true;
    },
  };
}
