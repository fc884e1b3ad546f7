/**
 * The interactive map, on Leaflet with leaflet.markercluster. Loaded only by pages with a map (see
 * map-page.ts and lazy-map.ts). Markers are keyboard buttons named after their place (a `divIcon`, which
 * also avoids the bundler's broken default marker images); Enter opens the popup and puts the keyboard on
 * its first link, Escape closes it and returns to the marker.
 */
import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { map as mapStrings } from '../i18n/fr';
import { matchesMapFilters, type MapData, type MapFilters } from '../lib/map';
import type { LatLng } from '../site.config';

interface MapConfig {
  center: LatLng;
  zoom: number;
  maxZoom: number;
  tileUrl: string;
  tileAttribution: string;
  source: string;
  municipalite?: string;
  labels: { zoomIn: string; zoomOut: string; closePopup: string; profile: string; call: string };
}

export interface MapController {
  /** Shows the places the filters keep; returns how many. */
  setFilters(filters: MapFilters): number;
  /** Centres the map on a place and opens its popup; false when the place has no marker. */
  focusPlace(id: string): boolean;
}

type Place = MapData['places'][number];

function hiddenLabel(text: string): HTMLSpanElement {
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = text;
  return label;
}

function popupContent(place: Place, config: MapConfig): HTMLElement {
  const content = document.createElement('div');
  const title = document.createElement('p');
  const link = document.createElement('a');
  link.href = place.url;
  link.textContent = place.nom;
  title.append(link);
  content.append(title);
  for (const line of [place.lieu, place.adresse]) {
    if (!line) continue;
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    content.append(paragraph);
  }
  if (place.telephone) {
    const paragraph = document.createElement('p');
    const call = document.createElement('a');
    call.href = place.telephone.href;
    call.textContent = `${config.labels.call} ${place.telephone.label}`;
    paragraph.append(call);
    content.append(paragraph);
  }
  return content;
}

function markerIcon(name: string): L.DivIcon {
  const html = document.createElement('span');
  html.append(hiddenLabel(name));
  return L.divIcon({ className: 'map-marker', html, iconSize: [22, 22] });
}

function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const count = cluster.getChildCount();
  const html = document.createElement('span');
  const visible = document.createElement('span');
  visible.setAttribute('aria-hidden', 'true');
  visible.textContent = String(count);
  html.append(visible, hiddenLabel(mapStrings.clusterLabel(count)));
  return L.divIcon({ className: 'map-cluster', html, iconSize: [36, 36] });
}

export async function createMap(container: HTMLElement, filters: MapFilters): Promise<MapController> {
  const config = JSON.parse(container.dataset.map ?? '{}') as MapConfig;
  container.closest<HTMLElement>('[data-map-frame]')?.removeAttribute('hidden');
  const map = L.map(container, { zoomControl: false, maxZoom: config.maxZoom }).setView(
    [config.center.lat, config.center.lng],
    config.zoom,
  );
  L.control.zoom({ zoomInTitle: config.labels.zoomIn, zoomOutTitle: config.labels.zoomOut }).addTo(map);
  map.attributionControl.setPrefix(false);
  L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: config.maxZoom }).addTo(map);

  const response = await fetch(config.source);
  const data = (await response.json()) as MapData;
  const places = config.municipalite
    ? data.places.filter((place) => matchesMapFilters(place, { municipalite: config.municipalite }))
    : data.places;
  const cluster = L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false });
  const markers = new Map<string, L.Marker>();
  for (const place of places) {
    const name = place.lieu ? `${place.nom}, ${place.lieu}` : place.nom;
    const marker = L.marker([place.lat, place.lng], { icon: markerIcon(name), keyboard: true });
    marker.bindPopup(popupContent(place, config));
    marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
      if (event.originalEvent.key === 'Enter') window.requestAnimationFrame(() => marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.leaflet-popup-content a')?.focus());
    });
    markers.set(place.id, marker);
  }

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

  // A cluster opened with the keyboard disappears as the map zooms: put the keyboard on what replaces it.
  cluster.on('clusterkeypress', (event) => {
    const keyboard = (event as L.LeafletEvent & { originalEvent?: KeyboardEvent }).originalEvent;
    if (keyboard?.key !== 'Enter') return;
    const first = (event as L.LeafletEvent & { layer: L.MarkerCluster }).layer.getAllChildMarkers()[0];
    if (!first) return;
    cluster.once('animationend', () => {
      const visible = cluster.getVisibleParent(first) ?? first;
      visible.getElement()?.focus();
    });
  });

  const show = (next: MapFilters) => {
    const shown = places.filter((place) => matchesMapFilters(place, next));
    cluster.clearLayers();
    cluster.addLayers(shown.map((place) => markers.get(place.id) as L.Marker));
    return shown.length;
  };
  show(filters);
  // The municipality's view is set before the markers are drawn, without animation: an animated zoom
  // re-clusters markers that overlap, fading, while the reader (or axe) is already looking at them.
  const all = L.latLngBounds(places.map((place) => [place.lat, place.lng]));
  if (all.isValid() && config.municipalite) map.fitBounds(all, { padding: [24, 24], maxZoom: 14, animate: false });
  cluster.addTo(map);

  return {
    setFilters: show,
    focusPlace(id) {
      const marker = markers.get(id);
      if (!marker || !cluster.hasLayer(marker)) return false;
      container.scrollIntoView({ block: 'nearest' });
      cluster.zoomToShowLayer(marker, () => marker.openPopup());
      return true;
    },
  };
}
