import { buildHsds, type HsdsExport } from '../lib/hsds';
import { site } from '../site.config';
import { getDirectory } from './directory';

let hsds: Promise<HsdsExport> | undefined;

/** The HSDS export of the directory, built once per build and shared by every file of /donnees/hsds/. */
export function getHsds(): Promise<HsdsExport> {
  hsds ??= getDirectory().then((directory) => buildHsds(directory, site));
  return hsds;
}
