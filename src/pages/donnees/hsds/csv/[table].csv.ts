import type { APIRoute, GetStaticPaths } from 'astro';
import { getHsds } from '../../../../data/hsds';
import { csvFileName, HSDS_TABLES, toCsv, type HsdsTable } from '../../../../lib/hsds';

/** One CSV file per HSDS object, named as the specification's data package names it (`services.csv`). */
export const getStaticPaths = (() =>
  HSDS_TABLES.map((table) => ({ params: { table: csvFileName(table).replace(/\.csv$/, '') }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const table = props.table as HsdsTable;
  return new Response(toCsv(table, (await getHsds()).tables[table]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
