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
  { href: routes.laTable(), label: fr.nav.laTable },
  { href: routes.bilan(), label: fr.nav.bilan },
];
