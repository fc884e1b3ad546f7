import { getCollection } from 'astro:content';
import { buildDirectory, type Directory } from '../lib/directory';
import { mapPlaces, type MapPlace } from '../lib/map';

let directory: Promise<Directory> | undefined;

/** The directory model, built once per build and shared by every page. */
export function getDirectory(): Promise<Directory> {
  directory ??= Promise.all([getCollection('organismes'), getCollection('territoires'), getCollection('categories')]).then(
    ([organismes, territoires, categories]) => buildDirectory({ organismes, territoires, categories }),
  );
  return directory;
}

let places: Promise<MapPlace[]> | undefined;

/** The map's places, made once per build: the map page, its list pages and its two data files read them. */
export function getMapPlaces(): Promise<MapPlace[]> {
  places ??= getDirectory().then(mapPlaces);
  return places;
}
