/**
 * The social image of every page of the site, listed from the same model, routes and strings as the pages
 * themselves: the endpoint `pages/og/[...image].png.ts` renders them during the build, without reading the
 * built pages. A page added to the site needs its line here; `tests/build/partage.test.ts` names any page
 * whose image is missing, and any image without its page.
 */
import { fr } from '../i18n/fr';
import { maListe } from '../i18n/ma-liste';
import type { Page } from '../schemas/page';
import type { Prejuge } from '../schemas/prejuge';
import type { Recit } from '../schemas/recit';
import type { Theme } from '../schemas/theme';
import type { BilanModel } from './bilan';
import { groupByOrganisme, LIST_PAGE_SIZE, type Directory, type Entry } from './directory';
import { listsPlacesOnMapPage, mapPlaces } from './map';
import { themesWithRecits } from './prejuges';
import { routes } from './routes';

export interface SocialCardSources {
  directory: Directory;
  bilan: BilanModel;
  pages: readonly Entry<Page>[];
  prejuges: readonly Entry<Prejuge>[];
  recits: readonly Entry<Recit>[];
  themes: readonly Entry<Theme>[];
}

/** The page numbers of a list cut as Astro's `paginate()` cuts it: an empty list still has its first page. */
function pageNumbers(count: number): number[] {
  return Array.from({ length: Math.max(1, Math.ceil(count / LIST_PAGE_SIZE)) }, (_, index) => index + 1);
}

/** Every page's path (without base) and title, as the page passes them to its layout. */
export function pageTitles({ directory, bilan, pages, prejuges, recits, themes }: SocialCardSources): { path: string; title: string }[] {
  const page = (id: string) => pages.find((entry) => entry.id === id)?.data.titre;
  const places = mapPlaces(directory);
  const titled = [
    { path: routes.home(), title: fr.home.title },
    { path: '/404/', title: fr.notFound.title },
    { path: routes.organismes(), title: fr.organismes.title },
    ...directory.organismes.map((entry) => ({ path: routes.organisme(entry.id), title: entry.data.nom })),
    ...directory.categories.flatMap((categorie) =>
      pageNumbers(groupByOrganisme(directory.servicesFor(categorie.id)).length).map((number) => ({
        path: routes.categorie(categorie.id, number),
        title: fr.organismes.categoryTitle(categorie.data.nom, number),
      })),
    ),
    { path: routes.territoires(), title: fr.territoire.title },
    ...directory.territoires.flatMap((entry) =>
      pageNumbers(directory.municipalityList(entry.id).length).map((number) => ({
        path: routes.territoire(entry.id, number),
        title: fr.territoire.pageTitle(entry.data.nom, number),
      })),
    ),
    { path: routes.guide(), title: fr.guide.titleWhole },
    ...directory.territoires.map((entry) => ({ path: routes.guide(entry.id), title: fr.guide.title(entry.data.nom) })),
    { path: routes.maListe(), title: maListe.title },
    { path: routes.laTable(), title: page('la-table') },
    { path: routes.contribuer(), title: page('contribuer') },
    { path: routes.contribuerFiche(), title: fr.fiche.title },
    { path: routes.bilan(), title: fr.bilan.title },
    ...bilan.annees.map((annee) => ({ path: routes.bilanAnnee(annee.id), title: fr.bilan.yearTitle(annee.id) })),
    ...bilan.series.map((serie) => ({ path: routes.bilanIndicateur(serie.indicateur.id), title: serie.indicateur.titre })),
    { path: routes.donnees(), title: fr.donnees.title },
    { path: routes.carte(), title: fr.map.title },
    ...(listsPlacesOnMapPage(places) ? [] : pageNumbers(places.length).map((number) => ({ path: routes.carteLieux(number), title: fr.map.listPageTitle(number) }))),
    { path: routes.recherche(), title: fr.search.title },
    { path: routes.planAction(), title: fr.planAction.title },
    { path: routes.prejuges(), title: fr.prejuges.title },
    ...prejuges.map((entry) => ({ path: routes.prejuge(entry.id), title: fr.prejuges.pageTitle(entry.data.mythe) })),
    { path: routes.recits(), title: fr.recits.title },
    ...recits.map((entry) => ({ path: routes.recit(entry.id), title: entry.data.titre })),
    ...themesWithRecits(themes, recits).map(({ theme }) => ({ path: routes.recitTheme(theme.id), title: fr.recits.themeTitle(theme.data.nom) })),
  ];
  return titled.filter((item): item is { path: string; title: string } => item.title !== undefined);
}
