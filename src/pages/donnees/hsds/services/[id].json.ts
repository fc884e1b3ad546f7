import type { APIRoute, GetStaticPaths } from 'astro';
import { getHsds } from '../../../../data/hsds';

/** Like the HSDS API's `/services/{id}`: the full service, with its organization, locations, phones… */
export const getStaticPaths = (async () =>
  (await getHsds()).services.map((service) => ({ params: { id: String(service.id) }, props: { service } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.service);
