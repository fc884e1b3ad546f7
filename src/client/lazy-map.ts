/**
 * Small maps (territory pages) load Leaflet and the map data only when they scroll into view, so a reader
 * who never reaches the map downloads neither the library nor a single tile.
 */
import { startMapData } from './map-data';

export function installLazyMaps(): void {
  const containers = [...document.querySelectorAll<HTMLElement>('[data-map][data-map-lazy]')];
  if (containers.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const data = startMapData(entry.target as HTMLElement, {});
        void import('./map').then(({ createMap }) => createMap(data));
      }
    },
    { rootMargin: '200px' },
  );
  for (const container of containers) {
    // The frame is shown now so it takes its place; it stays empty until it is near the screen.
    container.closest<HTMLElement>('[data-map-frame]')?.removeAttribute('hidden');
    observer.observe(container);
  }
}
