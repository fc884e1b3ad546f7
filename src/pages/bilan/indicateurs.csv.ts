import type { APIRoute } from 'astro';
import { getBilan } from '../../data/bilan';
import { dataRows, toCsv } from '../../lib/bilan';

/** Every indicator of every year, one row each; the `donnees_exemple` column flags sample years. */
export const GET: APIRoute = async () => {
  const bilan = await getBilan();
  return new Response(toCsv(dataRows(bilan)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
