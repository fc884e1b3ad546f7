/**
 * The interactive map, on Leaflet, its places grouped into clusters. Loaded only by pages with a map (see
 * map-page.ts and lazy-map.ts).
 *
 * The data stays in a Web Worker (map-worker.ts, started by map-data.ts): it fetches the places' positions,
 * clusters them, then fetches their names and addresses, and answers with what the view shows. The page draws
 * only the markers in view, so a directory of thousands of places costs the reader a few dozen markers, and
 * never a long pause. The map page's first view comes clustered in the page itself (lib/map-clusters.ts): its
 * markers show as soon as Leaflet is ready, before the worker has fetched anything.
 *
 * Markers are keyboard buttons named after their place (a `divIcon`, which also avoids the bundler's broken
 * default marker images); Enter opens the popup and puts the keyboard on its first link, Escape closes it and
 * returns to the marker. A cluster is a button too: Enter zooms in and the keyboard follows to what it held.
 * Places at the same address, which no zoom separates, open a popup that lists them.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { map as mapStrings } from '../i18n/fr';
import type { MapFilters, MapPlaceDetails } from '../lib/map';
import type { ViewAnswer, ViewFeature } from '../lib/map-clusters';
import type { MapConfig, MapData } from './map-data';
import type { FilterAnswer, FindAnswer } from './map-worker';

export interface MapController {
  /** Shows the places the filters keep; returns how many. */
  setFilters(filters: MapFilters): Promise<number>;
  /** Centres the map on a place and opens its popup; false when the place has no marker. */
  focusPlace(id: string): Promise<boolean>;
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

/** Draws the map of `data`'s container, as soon as Leaflet is there: its worker may have answered already. */
export async function createMap(data: MapData): Promise<MapController> {
  const { container, config, ask } = data;
  const map = L.map(container, { zoomControl: false, maxZoom: config.maxZoom }).setView(
    [config.center.lat, config.center.lng],
    config.zoom,
  );
  L.control.zoom({ zoomInTitle: config.labels.zoomIn, zoomOutTitle: config.labels.zoomOut }).addTo(map);
  map.attributionControl.setPrefix(false);
  L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: config.maxZoom }).addTo(map);

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

  /** The latest view being drawn; a view drawn before the names came is followed by one drawn with them. */
  let rendered: Promise<void> = Promise.resolve();
  /** Resolves once the view is drawn with every place in it. */
  const settled = async () => {
    for (let latest; latest !== rendered; ) await (latest = rendered);
  };

  const clusterMarker = (feature: Extract<ViewFeature, { kind: 'cluster' }>): L.Marker => {
    const position = L.latLng(feature.lat, feature.lng);
    if (feature.places) {
      const label = mapStrings.sameSpotLabel(feature.count);
      return openPopupWithKeyboard(L.marker(position, { icon: clusterIcon(feature.count, label) }).bindPopup(sameSpotContent(feature.places)));
    }
    const zoomIn = (keyboard: boolean) => {
      map.once('moveend', () => {
        if (keyboard) void settled().then(() => nearestMarker(position)?.getElement()?.focus());
      });
      map.setView(position, feature.expansionZoom);
    };
    // Leaflet turns Enter into a click only for markers with a popup: a cluster listens to Enter itself.
    return L.marker(position, { icon: clusterIcon(feature.count, mapStrings.clusterLabel(feature.count)) })
      .on('click', () => zoomIn(false))
      .on('keypress', (event: L.LeafletKeyboardEvent) => {
        if (event.originalEvent.key === 'Enter') zoomIn(true);
      });
  };

  const placeMarker = (feature: Extract<ViewFeature, { kind: 'place' }>): L.Marker =>
    openPopupWithKeyboard(
      L.marker([feature.lat, feature.lng], { icon: markerIcon(placeName(feature.place)) }).bindPopup(popupContent(feature.place, config)),
    );

  /** Shows `features`; a marker already drawn for one of them stays as it is (focus, open popup). */
  const drawFeatures = (features: ViewFeature[]) => {
    const next = new Map<string, L.Marker>();
    for (const feature of features) {
      // A cluster's marker does what its expansion zoom says (zoom in, or list places at one address).
      const key = feature.kind === 'cluster' ? `cluster-${feature.id}-${feature.expansionZoom}` : `place-${feature.row}`;
      const marker = drawn.get(key) ?? (feature.kind === 'cluster' ? clusterMarker(feature) : placeMarker(feature));
      next.set(key, marker);
      if (!layer.hasLayer(marker)) layer.addLayer(marker);
    }
    for (const [key, marker] of drawn) if (!next.has(key)) layer.removeLayer(marker);
    drawn = next;
  };

  let asked = 0;
  /** Draws the clusters and places in view (and half a screen around, so a short pan shows no gap). */
  const draw = async () => {
    const current = (asked += 1);
    const area = map.getBounds().pad(0.5);
    const { features, complete } = await ask<ViewAnswer>({
      type: 'view',
      bbox: [area.getWest(), area.getSouth(), area.getEast(), area.getNorth()],
      zoom: map.getZoom(),
    });
    // The reader has moved on: a newer view is on its way.
    if (current !== asked) return;
    drawFeatures(features);
    // Places and lists of places need their names: drawn again once they are there.
    if (!complete) rendered = ask({ type: 'names' }).then(render);
  };
  const render = () => (rendered = draw());

  const show = async (next: MapFilters) => {
    const { count, changed } = await ask<FilterAnswer>({ type: 'filter', filters: next });
    if (changed) {
      // Cluster ids are only meaningful for the places just clustered.
      layer.clearLayers();
      drawn = new Map();
      await render();
    }
    return count;
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

  layer.addTo(map);
  // The page's first view, clustered by the build: shown now, before the worker has the positions. The
  // worker's first answer waits for the names, so that it holds the same places as the page's and keeps
  // their markers as they are.
  const firstView = !data.filters.besoin && !data.filters.municipalite ? config.firstView : undefined;
  if (firstView) drawFeatures(firstView);
  // From now on, a move asks the worker for its view (answered once the positions are in): a cluster
  // zoomed into with Enter before then hands the focus to what the worker draws there.
  map.on('moveend', render);
  const bounds = await data.loaded;
  // The municipality's view is set before its markers are drawn, without animation: the reader sees the
  // right view at once.
  if (bounds && config.municipalite) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14, animate: false });
  // The first filters were asked with the positions (map-data.ts): the clusters may be ready already.
  await data.filtered;
  if (firstView) await ask({ type: 'names' });
  await render();

  return {
    setFilters: show,
    async focusPlace(id) {
      const found = await ask<FindAnswer>({ type: 'find', id, fromZoom: map.getZoom() });
      if (!found) return false;
      container.scrollIntoView({ block: 'nearest' });
      map.setView([found.lat, found.lng], found.zoom, { animate: false });
      await settled();
      (drawn.get(`place-${found.row}`) ?? nearestMarker(L.latLng(found.lat, found.lng)))?.openPopup();
      return true;
    },
  };
}
