import type { APIRoute } from 'astro';
import { getHsds } from '../../../data/hsds';
import { hsdsPage } from '../../../lib/hsds';

/**
 * Every service in full (organization, locations, phones, schedules…) in one download. The build also
 * splits it into one file per service (integrations/hsds-services.ts), like the HSDS API's `/services/{id}`.
 */
export const GET: APIRoute = async () => Response.json(hsdsPage((await getHsds()).services));
