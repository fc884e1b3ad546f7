import { getCollection } from 'astro:content';
import { buildDirectory, type Directory } from '../lib/directory';

let directory: Promise<Directory> | undefined;

/** The directory model, built once per build and shared by every page. */
export function getDirectory(): Promise<Directory> {
  directory ??= Promise.all([getCollection('organismes'), getCollection('territoires'), getCollection('categories')]).then(
    ([organismes, territoires, categories]) => buildDirectory({ organismes, territoires, categories }),
  );
  return directory;
}
