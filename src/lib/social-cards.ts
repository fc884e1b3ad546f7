/**
 * The social images of the site, listed from the same model, routes and strings as the pages
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
import type { Directory, Entry } from './directory';
import { listsPlacesOnMapPage, type MapPlace } from './map';
import { themesWithRecits } from './prejuges';
import { routes } from './routes';

export interface SocialCardSources {
  directory: Directory;
  /** The map's places (`getMapPlaces`): a large directory's map has list pages of its own. */
  places: readonly MapPlace[];
  bilan: BilanModel;
  pages: readonly Entry<Page>[];
  prejuges: readonly Entry<Prejuge>[];
  recits: readonly Entry<Recit>[];
  themes: readonly Entry<Theme>[];
}

/**
 * Every image's page: its path (without base) and title, as the page passes them to its layout. A list cut
 * into pages has one image, its first page's, which the later pages share (`imageOf` of the layout).
 */
export function socialImagePages({ directory, places, bilan, pages, prejuges, recits, themes }: SocialCardSources): { path: string; title: string }[] {
  const page = (id: string) => pages.find((entry) => entry.id === id)?.data.titre;
  const titled = [
    { path: routes.home(), title: fr.home.title },
    { path: '/404/', title: fr.notFound.title },
    { path: routes.organismes(), title: fr.organismes.title },
    ...directory.organismes.map((entry) => ({ path: routes.organisme(entry.id), title: entry.data.nom })),
    ...directory.categories.map((categorie) => ({ path: routes.categorie(categorie.id), title: fr.organismes.categoryTitle(categorie.data.nom, 1) })),
    { path: routes.territoires(), title: fr.territoire.title },
    ...directory.territoires.map((entry) => ({ path: routes.territoire(entry.id), title: fr.territoire.pageTitle(entry.data.nom, 1) })),
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
    ...(listsPlacesOnMapPage(places) ? [] : [{ path: routes.carteLieux(), title: fr.map.listPageTitle(1) }]),
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
