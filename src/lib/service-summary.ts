/**
 * A service summed up for what a reader takes away (a printed guide, « Ma liste »): where to reach it, when,
 * and what is still unknown. One place, so the paper and the list never disagree.
 */
import type { Lieu } from '../schemas/lieu';
import type { DirectoryService } from './directory';
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

export type UnknownFact = 'phone' | 'address' | 'hours';

/** What a reader cannot know yet about this service: no number, no street, no hours. */
export function unknownFacts(item: DirectoryService): UnknownFact[] {
  return [
    ...(item.telephones.length === 0 ? (['phone'] as const) : []),
    ...(contactPlaces(item).some((lieu) => formatStreet(lieu.adresse)) ? [] : (['address'] as const)),
    ...(hoursLines(item).length === 0 ? (['hours'] as const) : []),
  ];
}
