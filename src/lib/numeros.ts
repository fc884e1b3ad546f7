/** How a help number is dialled and shown: three-digit codes as they are, others the OQLF way. */
import { isTollFree, phoneLabel, toE164 } from './phone';

export function numeroHref(numero: string): string {
  const e164 = toE164(numero);
  return `tel:${e164 ?? numero.replace(/\D/g, '')}`;
}

/** `811` → `811`; `18662773553` → `1 866 277-3553`, with non-breaking spaces (a page shows it). */
export function numeroLabel(numero: string): string {
  const e164 = toE164(numero);
  if (!e164) return numero;
  return isTollFree(e164) ? `1\u00a0${phoneLabel(e164)}` : phoneLabel(e164);
}
