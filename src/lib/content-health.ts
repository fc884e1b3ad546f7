/**
 * The state of the directory for the coordinator: which profiles are complete, which lack something
 * readers need (a way to reach the organisation, an address, hours…), and which have not been checked
 * for more than a year. Printed by `npm run verifier`.
 */
import { fr } from '../i18n/fr';
import { lastChecked, type Organisme } from '../schemas/organisme';
import { isAddressComplete, isoDate } from './format';

/** A profile not checked for this many months is stale: its facts may have changed. */
export const STALE_AFTER_MONTHS = 12;

/** The day `months` before `date`, at the same hour. */
function monthsBefore(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() - months);
  return result;
}

/** Was this profile last checked more than 12 months before `today`? */
export function isStale(verifiedOn: Date, today: Date): boolean {
  return verifiedOn.getTime() < monthsBefore(today, STALE_AFTER_MONTHS).getTime();
}

/** Whole months between two dates, rounded down. */
export function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

/** Does the organisation, or one of its services, give a phone number or an e-mail address? */
export function hasPhoneOrEmail(organisme: Organisme): boolean {
  return organisme.telephones.length > 0 || organisme.courriel !== undefined || organisme.services.some((service) => service.telephones.length > 0);
}

/** What a reader would look for and not find on the profile, in French, in reading order. */
export function missingInformation(organisme: Organisme): string[] {
  const words = fr.cli.health.missing;
  const missing: string[] = [];
  if (!organisme.resume) missing.push(words.resume);
  if (!hasPhoneOrEmail(organisme)) missing.push(words.contact);
  if (!organisme.lieux.some((lieu) => isAddressComplete(lieu.adresse))) missing.push(words.address);
  if (organisme.services.length === 0) missing.push(words.services);
  else if (!organisme.services.some((service) => service.horaires.length > 0 || service.note_horaires)) missing.push(words.hours);
  if (organisme.sources.length === 0) missing.push(words.sources);
  if (organisme.a_confirmer.length > 0) missing.push(words.toConfirm(organisme.a_confirmer.length));
  return missing;
}

export interface ProfileHealth {
  id: string;
  file: string;
  nom: string;
  verifiedOn: Date;
  stale: boolean;
  missing: string[];
}

export interface ContentHealth {
  total: number;
  /** Nothing missing and checked within 12 months. */
  complete: ProfileHealth[];
  /** Something missing (whatever the date). */
  incomplete: ProfileHealth[];
  /** Checked more than 12 months ago (whatever is missing). */
  stale: ProfileHealth[];
}

export function contentHealth(organismes: { id: string; file: string; data: Organisme }[], today: Date): ContentHealth {
  const profiles = organismes
    .map(({ id, file, data }) => ({
      id,
      file,
      nom: data.nom,
      verifiedOn: lastChecked(data),
      stale: isStale(lastChecked(data), today),
      missing: missingInformation(data),
    }))
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr-CA'));
  return {
    total: profiles.length,
    complete: profiles.filter((profile) => !profile.stale && profile.missing.length === 0),
    incomplete: profiles.filter((profile) => profile.missing.length > 0),
    stale: profiles.filter((profile) => profile.stale),
  };
}

/** The summary as plain text for the terminal, in French. */
export function formatContentHealth(health: ContentHealth): string {
  const words = fr.cli.health;
  const lines = [
    words.heading(health.total),
    `  • ${words.completeCount(health.complete.length, STALE_AFTER_MONTHS)}`,
    `  • ${words.incompleteCount(health.incomplete.length)}`,
    `  • ${words.staleCount(health.stale.length, STALE_AFTER_MONTHS)}`,
  ];
  if (health.stale.length > 0) {
    lines.push('', words.staleTitle);
    for (const profile of health.stale) lines.push(`  • ${profile.nom} (${profile.file}) — ${words.verifiedOn(isoDate(profile.verifiedOn))}`);
  }
  if (health.incomplete.length > 0) {
    lines.push('', words.incompleteTitle);
    for (const profile of health.incomplete) lines.push(`  • ${profile.nom} (${profile.file}) — ${words.lacks(profile.missing)}`);
  }
  if (health.complete.length > 0) {
    lines.push('', words.completeTitle);
    for (const profile of health.complete) lines.push(`  • ${profile.nom} (${profile.file})`);
  }
  return lines.join('\n');
}
