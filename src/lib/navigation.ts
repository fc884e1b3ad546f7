import { fr } from '../i18n/fr';
import { maListe } from '../i18n/ma-liste';
import { routes } from './routes';

export interface NavItem {
  href: string;
  label: string;
}

/** The main menu, in reading order. */
export const mainNavigation: NavItem[] = [
  { href: routes.organismes(), label: fr.nav.organismes },
  { href: routes.carte(), label: fr.nav.carte },
  { href: routes.territoires(), label: fr.nav.territoire },
  { href: routes.prejuges(), label: fr.nav.prejuges },
  { href: routes.laTable(), label: fr.nav.laTable },
  { href: routes.bilan(), label: fr.nav.bilan },
];

/** The footer repeats the menu and adds the pages a reader looks for less often. */
export const footerNavigation: NavItem[] = [
  ...mainNavigation,
  { href: routes.maListe(), label: maListe.title },
  { href: routes.recits(), label: fr.nav.recits },
  { href: routes.planAction(), label: fr.nav.planAction },
  { href: routes.donnees(), label: fr.donnees.title },
  { href: routes.contribuer(), label: fr.site.footerContribute },
];
