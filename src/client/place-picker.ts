/**
 * A small map to place one of the profile's places, loaded by the partner form only when the partner asks
 * for it: before that, no Leaflet and no tile. A tap or a click puts the marker; with the keyboard, the
 * arrow keys move the map and « Placer au centre de la carte » puts the marker at its centre (the cross).
 * Each placement fills the latitude and longitude fields, which stay the accessible way to read and correct it.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { LatLng } from '../site.config';

export interface PickerConfig {
  center: LatLng;
  zoom: number;
  maxZoom: number;
  tileUrl: string;
  tileAttribution: string;
  labels: { zoomIn: string; zoomOut: string; marker: string };
}

/** Coordinates are written with five decimals: about a metre, more than a door needs. */
const round = (value: number) => Math.round(value * 1e5) / 1e5;

export function createPlacePicker(container: HTMLElement, config: PickerConfig, start: LatLng | undefined, onPlace: (position: LatLng) => void): { placeAtCentre(): void; remove(): void } {
  const map = L.map(container, { zoomControl: false, keyboard: true }).setView(start ?? config.center, start ? 16 : config.zoom);
  L.control.zoom({ zoomInTitle: config.labels.zoomIn, zoomOutTitle: config.labels.zoomOut }).addTo(map);
  L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: config.maxZoom }).addTo(map);
  let marker: L.Marker | undefined;
  const place = (position: L.LatLng) => {
    const rounded = { lat: round(position.lat), lng: round(position.lng) };
    if (marker) marker.setLatLng(rounded);
    else {
      const icon = L.divIcon({ className: 'map-marker', iconSize: [22, 22] });
      marker = L.marker(rounded, { icon, keyboard: false, title: config.labels.marker, alt: config.labels.marker }).addTo(map);
    }
    onPlace(rounded);
  };
  if (start) place(L.latLng(start.lat, start.lng));
  map.on('click', (event: L.LeafletMouseEvent) => place(event.latlng));
  return {
    placeAtCentre: () => place(map.getCenter()),
    remove: () => map.remove(),
  };
}
