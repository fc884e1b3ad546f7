/** How a help number is dialled and shown: three-digit codes as they are, others the OQLF way. */
import { formatPhone, isTollFree, toE164 } from './phone';

export function numeroHref(numero: string): string {
  const e164 = toE164(numero);
  return `tel:${e164 ?? numero.replace(/\D/g, '')}`;
}

/** `811` → `811`; `18662773553` → `1 866 277-3553`. */
export function numeroLabel(numero: string): string {
  const e164 = toE164(numero);
  if (!e164) return numero;
  return isTollFree(e164) ? `1 ${formatPhone(e164)}` : formatPhone(e164);
}
