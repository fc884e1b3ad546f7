import type { APIRoute } from 'astro';
import { getHsds } from '../../../data/hsds';
import { hsdsPage, listItem } from '../../../lib/hsds';

/** Like the HSDS API's `/services`: one page with every service, one-to-one fields only. */
export const GET: APIRoute = async () => Response.json(hsdsPage((await getHsds()).services.map(listItem)));
