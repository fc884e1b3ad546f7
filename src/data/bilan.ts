import { getCollection } from 'astro:content';
import { buildBilan, type BilanModel } from '../lib/bilan';

let bilan: Promise<BilanModel> | undefined;

/** The bilan model, built once per build and shared by the bilan pages and the open-data files. */
export function getBilan(): Promise<BilanModel> {
  bilan ??= Promise.all([getCollection('indicateurs'), getCollection('bilans')]).then(([indicateurs, annees]) =>
    buildBilan(
      indicateurs.map((entry) => entry.data),
      annees.map((entry) => ({ id: entry.id, data: entry.data })),
    ),
  );
  return bilan;
}
