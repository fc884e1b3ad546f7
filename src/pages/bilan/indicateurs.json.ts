import type { APIRoute } from 'astro';
import { getBilan } from '../../data/bilan';
import { fr } from '../../i18n/fr';
import { dataRows } from '../../lib/bilan';
import { absoluteUrl, routes } from '../../lib/routes';
import { site } from '../../site.config';

/** Every indicator definition and every year's values; `donnees_exemple` flags sample data at both levels. */
export const GET: APIRoute = async () => {
  const bilan = await getBilan();
  const body = {
    titre: fr.bilan.title,
    editeur: site.name,
    page: absoluteUrl(routes.bilan(), site.url, site.base),
    licence: site.data.licence,
    licence_url: site.data.licenceUrl,
    donnees_exemple: bilan.exemple,
    avertissement: bilan.exemple ? `${fr.bilan.exampleBanner} : ${fr.bilan.exampleText}` : null,
    annees: bilan.annees.map((annee) => ({ annee: annee.id, donnees_exemple: annee.exemple })),
    indicateurs: bilan.indicateurs,
    valeurs: dataRows(bilan),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
