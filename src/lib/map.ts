/**
 * The map's view of the directory: each place where a service is offered, with the municipalities and
 * needs it can be filtered by. The server-rendered list and the map data file are both made from
 * `mapPlaces()`, and both filter with `matchesMapFilters()`, so the list and the markers always agree.
 */
import type { Directory, DirectoryPlace } from './directory';
import { formatAddress } from './format';
import { formatPhone, phoneHref } from './phone';
import { routes, withBase } from './routes';
import { AREA_UNKNOWN_VALUE } from './search';

export interface MapFilters {
  municipalite?: string;
  besoin?: string;
}

export interface MapPlace {
  /** `DirectoryPlace.id`, the value of `/carte/?lieu=`. */
  id: string;
  /** The organisation's name. */
  nom: string;
  /** The place's own name, when it differs from the organisation's. */
  lieu?: string;
  adresse: string;
  url: string;
  telephone?: { label: string; href: string };
  municipalites: string[];
  besoins: string[];
  lat?: number;
  lng?: number;
}

/**
 * Municipalities and needs of a place: those of its services, else its organisation's. A place whose
 * services (or organisation) have no stated area carries `a-confirmer` instead of a municipality.
 */
function facetsOf(directory: Directory, place: DirectoryPlace): Pick<MapPlace, 'municipalites' | 'besoins'> {
  if (place.services.length === 0) {
    const area = directory.areaOf(place.organisme.id);
    return {
      municipalites: area ? area.territoires : [AREA_UNKNOWN_VALUE],
      besoins: directory.categoriesOf(place.organisme.id).map((entry) => entry.id),
    };
  }
  const unknown = place.services.some((item) => item.area === undefined);
  return {
    municipalites: [...new Set(place.services.flatMap((item) => item.territoires)), ...(unknown ? [AREA_UNKNOWN_VALUE] : [])],
    besoins: [...new Set(place.services.flatMap((item) => item.service.categories))],
  };
}

export function mapPlaces(directory: Directory): MapPlace[] {
  return directory.places.map((place) => {
    const phone = place.services.find((item) => item.telephones.length > 0)?.telephones[0] ?? place.organisme.data.telephones[0];
    const { nom } = place.organisme.data;
    return {
      id: place.id,
      nom,
      ...(place.lieu.nom && place.lieu.nom !== nom ? { lieu: place.lieu.nom } : {}),
      adresse: formatAddress(place.lieu.adresse),
      url: withBase(routes.organisme(place.organisme.id)),
      ...(phone ? { telephone: { label: formatPhone(phone.numero), href: phoneHref(phone.numero, phone.poste) } } : {}),
      ...facetsOf(directory, place),
      ...(place.coordonnees ? { lat: place.coordonnees.lat, lng: place.coordonnees.lng } : {}),
    };
  });
}

export function isLocated(place: MapPlace): place is MapPlace & { lat: number; lng: number } {
  return place.lat !== undefined && place.lng !== undefined;
}

/** A located place as the map draws and filters it. */
export type MapPoint = Pick<MapPlace, 'municipalites' | 'besoins'> & { lat: number; lng: number };

/**
 * `carte/positions.json`: what the map needs for its first clusters and its filters, as compact as plain
 * JSON allows (at 5,000 organisations, a quarter of the full places compressed), one row per located place
 * in the order of `carte/lieux.json`: `[lat, lng, indexes into municipalites, indexes into besoins]`.
 */
export interface MapPositions {
  municipalites: string[];
  besoins: string[];
  places: [number, number, number[], number[]][];
}

/** `carte/lieux.json`: what a marker is named and its popup says, loaded after the first clusters. */
export type MapPlaceDetails = Pick<MapPlace, 'id' | 'nom' | 'lieu' | 'adresse' | 'url' | 'telephone'>;

export type LocatedPlace = MapPlace & { lat: number; lng: number };

export function locatedPlaces(places: readonly MapPlace[]): LocatedPlace[] {
  return places.filter(isLocated);
}

export function mapPositions(places: readonly MapPoint[]): MapPositions {
  const municipalites = [...new Set(places.flatMap((place) => place.municipalites))];
  const besoins = [...new Set(places.flatMap((place) => place.besoins))];
  return {
    municipalites,
    besoins,
    places: places.map((place) => [
      place.lat,
      place.lng,
      place.municipalites.map((id) => municipalites.indexOf(id)),
      place.besoins.map((id) => besoins.indexOf(id)),
    ]),
  };
}

export function mapPoints(positions: MapPositions): MapPoint[] {
  return positions.places.map(([lat, lng, municipalites, besoins]) => ({
    lat,
    lng,
    municipalites: municipalites.map((index) => positions.municipalites[index] as string),
    besoins: besoins.map((index) => positions.besoins[index] as string),
  }));
}

export function mapPlaceDetails(places: readonly MapPlace[]): MapPlaceDetails[] {
  return places.map(({ id, nom, lieu, adresse, url, telephone }) => ({ id, nom, lieu, adresse, url, telephone }));
}

/**
 * A municipality filter keeps places confirmed there, including those confirmed for the whole territory;
 * the `a-confirmer` filter keeps places whose area no source states yet.
 */
export function matchesMapFilters(place: Pick<MapPlace, 'municipalites' | 'besoins'>, filters: MapFilters): boolean {
  return (
    (!filters.municipalite || place.municipalites.includes(filters.municipalite)) &&
    (!filters.besoin || place.besoins.includes(filters.besoin))
  );
}

/**
 * The most places the map page lists under the map. Beyond, its HTML would grow with the directory (5 MB
 * at 5,000 organisations, too much for an old phone): the list then has pages of its own (`/carte/lieux/`),
 * and the map page says how many places its filters show.
 */
export const MAP_PAGE_LIST_LIMIT = 200;

export function listsPlacesOnMapPage(places: readonly MapPlace[]): boolean {
  return places.length <= MAP_PAGE_LIST_LIMIT;
}

/** Names of the map page's URL parameters (`/carte/?besoin=…&municipalite=…&lieu=…`). */
export const mapParams = { municipalite: 'municipalite', besoin: 'besoin', lieu: 'lieu' } as const;
