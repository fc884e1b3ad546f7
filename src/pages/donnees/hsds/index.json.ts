import type { APIRoute } from 'astro';
import { getHsds } from '../../../data/hsds';

export const GET: APIRoute = async () => Response.json((await getHsds()).index);
