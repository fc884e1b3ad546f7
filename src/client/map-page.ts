/**
 * The map page: the filters narrow the list and the markers together, and the URL keeps the filters and
 * the place to centre on (`/carte/?besoin=…&municipalite=…&lieu=…`). The page gives `startMap` only when
 * it has a map container, that is when at least one place has coordinates: otherwise its script holds
 * neither Leaflet nor the map's worker.
 */
import { map as mapStrings } from '../i18n/fr';
import { mapParams, matchesMapFilters, type MapFilters } from '../lib/map';
import type { MapController } from './map';

/** Draws the map of a container, its first filters applied. */
export type StartMap = (container: HTMLElement, filters: MapFilters) => Promise<MapController>;

function readFilters(form: HTMLFormElement): MapFilters {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '') || undefined;
  return { besoin: value(mapParams.besoin), municipalite: value(mapParams.municipalite) };
}

function filterList(filters: MapFilters): number {
  let shown = 0;
  for (const item of document.querySelectorAll<HTMLElement>('[data-place]')) {
    const visible = matchesMapFilters(
      { municipalites: (item.dataset.municipalites ?? '').split(' '), besoins: (item.dataset.besoins ?? '').split(' ') },
      filters,
    );
    item.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-map-group]')) {
    group.hidden = group.querySelector('[data-place]:not([hidden])') === null;
  }
  return shown;
}

export function installMapPage(startMap?: StartMap): void {
  const form = document.querySelector<HTMLFormElement>('form[data-map-filters]');
  const count = document.querySelector<HTMLElement>('[data-map-count]');
  if (!form || !count) return;
  const url = new URL(window.location.href);
  for (const name of [mapParams.besoin, mapParams.municipalite]) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement) field.value = url.searchParams.get(name) ?? '';
  }
  const container = document.querySelector<HTMLElement>('[data-map]');
  const map = container && startMap ? startMap(container, readFilters(form)) : undefined;

  // A large directory's map page does not list its places (they have pages of their own): the count is the map's.
  const listed = document.querySelector('[data-place]') !== null;
  const apply = () => {
    const filters = readFilters(form);
    if (listed) count.textContent = mapStrings.count(filterList(filters));
    void map?.then(async (controller) => {
      const shown = await controller.setFilters(filters);
      if (!listed) count.textContent = mapStrings.countOnMap(shown);
    });
    const next = new URL(window.location.href);
    for (const name of [mapParams.besoin, mapParams.municipalite] as const) {
      const value = filters[name];
      if (value) next.searchParams.set(name, value);
      else next.searchParams.delete(name);
    }
    window.history.replaceState(null, '', next);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();

  const lieu = url.searchParams.get(mapParams.lieu);
  if (lieu) {
    const item = document.getElementById(`lieu-${lieu}`);
    void (map ?? Promise.resolve(undefined)).then(async (controller) => {
      if (await controller?.focusPlace(lieu)) return;
      // Not on the map (address to confirm): bring its entry in the list to the reader instead.
      item?.classList.add('map-place--selected');
      item?.focus();
    });
  }
}
