/**
 * North-American phone numbers (NANP). Content stores them in E.164 (`+14185421234`);
 * pages show them the OQLF way (`418 542-1234`).
 */

/** Returns the E.164 form of a North-American number, or null when it is not one. */
export function toE164(input: string): string | null {
  const digits = input.replace(/[\s().\-–‑+]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  // Area code and exchange never start with 0 or 1 in the NANP.
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(national)) return null;
  return `+1${national}`;
}

/** `+14185421234` → `418 542-1234`. */
export function formatPhone(e164: string): string {
  const national = e164.replace(/^\+1/, '');
  return `${national.slice(0, 3)} ${national.slice(3, 6)}-${national.slice(6)}`;
}

/**
 * The number as a page shows it: `418 542-1234` with non-breaking spaces, so that it never breaks across
 * lines on a narrow screen or a printed column. Files and form fields keep plain spaces (formatPhone).
 */
export function phoneLabel(e164: string): string {
  return formatPhone(e164).replace(/ /g, '\u00a0');
}

/** A `tel:` address a phone dials directly, extension after a pause (`,`). */
export function phoneHref(e164: string, extension?: string): string {
  return extension ? `tel:${e164},${extension}` : `tel:${e164}`;
}

/** Toll-free area codes, shown as such to readers. */
export function isTollFree(e164: string): boolean {
  return /^\+1(800|833|844|855|866|877|888)/.test(e164);
}
