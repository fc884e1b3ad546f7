/**
 * The data of « Ma liste », built from the directory model: every service, already written out, in one
 * compact file (`/ma-liste/fiches.json`) that only the list page fetches.
 */
import { fr } from '../i18n/fr';
import { maListe } from '../i18n/ma-liste';
import type { Organisme } from '../schemas/organisme';
import type { Directory, DirectoryService } from './directory';
import { formatDate, formatList } from './format';
import type { ListData } from './ma-liste';
import { phoneHref, phoneLabel } from './phone';
import { routes, withBase } from './routes';
import { contactPlaces, hoursLines, placeLine, unknownFacts } from './service-summary';

/** `Territoire desservi, activité actuelle et heures`: what the directory does not know, on one line. */
function unknownLine(item: DirectoryService): string[] {
  const words = formatList(unknownFacts(item).map((fact) => fr.guide.unknown[fact]));
  return words ? [`${words.charAt(0).toUpperCase()}${words.slice(1)}`] : [];
}


/** The profile's two dates, in the words of the profile page: an organisation's confirmation is not a consultation of sources. */
function profileDates(organisme: Pick<Organisme, 'sources_consultees_le' | 'confirme_le'>): string {
  if (organisme.confirme_le) return maListe.confirmedOn(formatDate(organisme.confirme_le));
  return maListe.consultedOn(formatDate(organisme.sources_consultees_le as Date));
}

export function listData(directory: Directory, base?: string): ListData {
  const p = fr.profile;
  return Object.fromEntries(
    directory.services.map((item) => [
      item.id,
      {
        organisme: item.organisme.data.nom,
        fiche: withBase(routes.organisme(item.organisme.id), base),
        service: item.service.nom,
        telephones: item.telephones.map((telephone) => ({
          texte: `${telephone.type === 'principal' ? '' : `${p.phoneKinds[telephone.type]} : `}${phoneLabel(telephone.numero)}${
            telephone.poste ? `, ${p.extension} ${telephone.poste}` : ''
          }`,
          ...(telephone.type === 'telecopieur' ? {} : { tel: phoneHref(telephone.numero, telephone.poste) }),
        })),
        adresses: contactPlaces(item).map(placeLine),
        heures: hoursLines(item),
        aConfirmer: [...unknownLine(item), ...item.organisme.data.a_confirmer],
        dates: profileDates(item.organisme.data),
      },
    ]),
  );
}
