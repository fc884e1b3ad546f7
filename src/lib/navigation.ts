import { fr } from '../i18n/fr';
import { routes } from './routes';

export interface NavItem {
  href: string;
  label: string;
}

/** The main menu, in reading order. */
export const mainNavigation: NavItem[] = [
  { href: routes.organismes(), label: fr.nav.organismes },
  { href: routes.territoires(), label: fr.nav.territoire },
  { href: routes.carte(), label: fr.nav.carte },
  { href: routes.laTable(), label: fr.nav.laTable },
];
