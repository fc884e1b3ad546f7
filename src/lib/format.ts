/**
 * How things are written for readers, the OQLF way:
 * `2505, rue Saint-Hubert, Jonquière (Québec)  G7X 7W2`, `29 novembre 2026`, `60 579`, `9 h 30`.
 */
import type { Adresse } from '../schemas/lieu';
import type { PlageHoraire } from '../schemas/horaire';
import { JOURS, type Jour } from './jours';

const NBSP = '\u00a0';

/** The street line, e.g. `2505, rue Saint-Hubert, bureau 200`; empty when the street is unknown. */
export function formatStreet(adresse: Adresse): string {
  if (!adresse.rue) return '';
  const street = adresse.numero ? `${adresse.numero}, ${adresse.rue}` : adresse.rue;
  return adresse.unite ? `${street}, ${adresse.unite}` : street;
}

/** The town line, e.g. `Jonquière (Québec)  G7X 7W2` (two spaces before the postal code, as the OQLF writes it). */
export function formatTown(adresse: Adresse): string {
  const town = adresse.secteur ? `${adresse.ville} (secteur ${adresse.secteur})` : adresse.ville;
  const withProvince = `${town} (${adresse.province})`;
  return adresse.code_postal ? `${withProvince}${NBSP} ${adresse.code_postal}` : withProvince;
}

/** The address on one line. */
export function formatAddress(adresse: Adresse): string {
  return [formatStreet(adresse), formatTown(adresse)].filter(Boolean).join(', ');
}

/** An address is complete when a letter sent there would arrive. */
export function isAddressComplete(adresse: Adresse): boolean {
  return Boolean(adresse.numero && adresse.rue && adresse.code_postal);
}

const dateFormat = new Intl.DateTimeFormat('fr-CA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `29 novembre 2026`. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** `2026-11-29`, for `<time datetime>` and data files. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const numberFormat = new Intl.NumberFormat('fr-CA');

/** `60 579` with a non-breaking space, `44,8`. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** `1 organisme`, `2 organismes`, `aucun organisme`. */
export function plural(count: number, one: string, many: string, none?: string): string {
  if (count === 0 && none) return none;
  return `${formatNumber(count)} ${count > 1 ? many : one}`;
}

/** `09:00` → `9 h`, `13:30` → `13 h 30`. */
export function formatTime(hhmm: string): string {
  const [hours = '0', minutes = '00'] = hhmm.split(':');
  const h = String(Number(hours));
  return minutes === '00' ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${minutes}`;
}

/** Consecutive days become a range: `lundi au vendredi`; others a list: `lundi, mercredi et vendredi`. */
export function formatDays(jours: readonly Jour[]): string {
  const indexes = [...new Set(jours)].map((jour) => JOURS.indexOf(jour)).sort((a, b) => a - b);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (first === undefined || last === undefined) return '';
  const names = indexes.map((index) => JOURS[index] as string);
  if (indexes.length === 1) return names[0] as string;
  const consecutive = last - first === indexes.length - 1;
  if (consecutive && indexes.length > 2) return `${JOURS[first]} au ${JOURS[last]}`;
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

/** `lundi au vendredi, de 9 h à 16 h 30`. */
export function formatPlage(plage: PlageHoraire): string {
  return `${formatDays(plage.jours)}, de ${formatTime(plage.ouverture)} à ${formatTime(plage.fermeture)}`;
}

/** French list: `a, b et c`. */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** A bilan year written with an en dash, as the OQLF writes a span: `2013-2014` → `2013–2014`. */
export function formatYear(id: string): string {
  return id.replace('-', '\u2013');
}

/** A signed change: `+2`, `−1` (true minus sign), `0`. */
export function formatChange(value: number): string {
  if (value > 0) return `+${formatNumber(value)}`;
  if (value < 0) return `\u2212${formatNumber(-value)}`;
  return '0';
}
