/**
 * A service summed up for what a reader takes away (a printed guide, « Ma liste »): where to reach it, when,
 * and what is still unknown. One place, so the paper and the list never disagree.
 */
import type { Lieu } from '../schemas/lieu';
import type { Organisme } from '../schemas/organisme';
import type { Telephone } from '../schemas/telephone';
import type { DirectoryService, Entry } from './directory';
import { formatAddress, formatPlage, formatStreet, formatTown } from './format';

/** The service's places; when it names none, its organisation's (where to reach it, not where it is offered). */
export function contactPlaces(item: DirectoryService): Lieu[] {
  return item.lieux.length > 0 ? item.lieux : item.organisme.data.lieux;
}

/** The address on one line, or only the town when the street is unknown. */
export function placeLine(lieu: Lieu): string {
  return formatStreet(lieu.adresse) ? formatAddress(lieu.adresse) : formatTown(lieu.adresse);
}

/** `lundi au vendredi, de 9 h à 16 h`, then the partner's note on hours. */
export function hoursLines(item: DirectoryService): string[] {
  return [...item.service.horaires.map(formatPlage), ...(item.service.note_horaires ? [item.service.note_horaires] : [])];
}

export type UnknownFact = 'area' | 'status' | 'phone' | 'address' | 'hours';

interface KnownFacts {
  organisme: Entry<Organisme>;
  telephones: readonly Telephone[];
  places: readonly Lieu[];
  /** Absent for an organisation listed without services: it has no hours of its own. */
  hours?: readonly string[];
}

/** What a reader cannot know yet, as the profile says it: whether it still operates (no dated status), its number, its street, its hours. */
function missing({ organisme, telephones, places, hours }: KnownFacts): UnknownFact[] {
  return [
    ...(organisme.data.statut === undefined ? (['status'] as const) : []),
    ...(telephones.length === 0 ? (['phone'] as const) : []),
    ...(places.some((lieu) => formatStreet(lieu.adresse)) ? [] : (['address'] as const)),
    ...(hours?.length === 0 ? (['hours'] as const) : []),
  ];
}

/** What is still « à confirmer » about a service, its area (no source states it, in the model) first. */
export function unknownFacts(item: DirectoryService): UnknownFact[] {
  return [
    ...(item.area === undefined ? (['area'] as const) : []),
    ...missing({ organisme: item.organisme, telephones: item.telephones, places: contactPlaces(item), hours: hoursLines(item) }),
  ];
}

/** What is still « à confirmer » about an organisation listed without services (the list it is in says its area). */
export function organisationUnknownFacts(organisme: Entry<Organisme>): UnknownFact[] {
  return missing({ organisme, telephones: organisme.data.telephones, places: organisme.data.lieux });
}
