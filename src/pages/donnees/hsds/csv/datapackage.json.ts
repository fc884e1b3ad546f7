import type { APIRoute } from 'astro';
import { fr } from '../../../../i18n/fr';
import { dataPackage } from '../../../../lib/hsds';
import { absoluteUrl, routes } from '../../../../lib/routes';
import { site } from '../../../../site.config';

export const GET: APIRoute = () =>
  Response.json(
    dataPackage({
      title: fr.donnees.packageTitle,
      description: fr.donnees.packageDescription,
      homepage: absoluteUrl(routes.donnees(), site.url, site.base),
      licence: { name: site.data.licence, url: site.data.licenceUrl },
    }),
  );
