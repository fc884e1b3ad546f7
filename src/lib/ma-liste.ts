/**
 * « Ma liste »: the services a reader keeps on their own device (`/ma-liste/`), and the ways to take the list
 * away (a link that reopens it elsewhere, a text message, an e-mail, paper). Plain functions, shared by the
 * build (the list's data file), the page's script and the tests. Nothing here leaves the device but what the
 * reader chooses to send.
 */

/** Address parameters of the list page: `?ajouter=<service>` from a profile, `?s=<id>,<id>` from a shared link. */
export const listParams = { add: 'ajouter', shared: 's' } as const;

/** Where the list stays on the device. */
export const STORAGE_KEY = 'tlpj-ma-liste';

/** One service as the list shows it, every text already written the OQLF way at build time. */
export interface ListItem {
  organisme: string;
  /** Site path of the organisation's profile, base included. */
  fiche: string;
  service: string;
  /** `418 542-1234` or `418 542-1234, poste 112`, with the `tel:` address when the number can be dialled. */
  telephones: { texte: string; tel?: string }[];
  adresses: string[];
  heures: string[];
  /** What is still « à confirmer » for this service, in words. */
  aConfirmer: string[];
  /** `29 novembre 2026`: the day its organisation’s facts were last checked. */
  /** When public sources were consulted, or when the organisation confirmed its profile. */
  dates: string;
}

export type ListData = Record<string, ListItem>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids of a list as the address or the storage carries them: known form only, each once, in order. */
export function parseIds(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[\s,+]+/).filter((id) => ID.test(id)))];
}

/** The address that reopens the list on another device: `…/ma-liste/?s=a,b` (commas stay readable in a text). */
export function shareUrl(listUrl: string, ids: readonly string[]): string {
  const url = new URL(listUrl);
  url.search = '';
  url.hash = '';
  return ids.length > 0 ? `${url.href}?${listParams.shared}=${ids.join(',')}` : url.href;
}

/*
 * Text messages: the GSM 7-bit alphabet holds 160 characters in one message and 153 in each part of a
 * longer one; one character outside it (ê, ç, ’…) turns the whole text into UCS-2, 70 and 67 characters.
 * French accents é, è, à, ù are in it; the others are written without their accent rather than cost three
 * times the messages.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€';
const GSM_REPLACEMENTS: Record<string, string> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2019': "'",
  '\u2018': "'",
  '«': '"',
  '»': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  œ: 'oe',
  Œ: 'OE',
};

/** The text written with the GSM alphabet only. */
export function toGsm(text: string): string {
  let out = '';
  // French quotation marks hold their text between spaces; plain quotes hold it tight.
  for (const char of text.replace(/«[\s\u00a0\u202f]*/g, '"').replace(/[\s\u00a0\u202f]*»/g, '"')) {
    if (GSM_BASIC.includes(char) || GSM_EXTENDED.includes(char)) out += char;
    else if (GSM_REPLACEMENTS[char] !== undefined) out += GSM_REPLACEMENTS[char];
    else {
      const bare = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += [...bare].every((part) => GSM_BASIC.includes(part)) ? bare : '?';
    }
  }
  return out;
}

/** How many text messages a GSM text takes. */
export function smsCount(gsmText: string): number {
  let length = 0;
  for (const char of gsmText) length += GSM_EXTENDED.includes(char) ? 2 : 1;
  return length <= 160 ? 1 : Math.ceil(length / 153);
}

/** The first number of an item that can be dialled, as the reader would write it down. */
function firstPhone(item: ListItem): string | undefined {
  return item.telephones.find((telephone) => telephone.tel)?.texte;
}

/**
 * The text message: each organisation and service with its number, then the link to the whole list. When
 * that runs over two messages, the service names go first (the link keeps them).
 */
export function smsText(items: readonly ListItem[], link: string, words: { heading: string; noPhone: string; details: string }): string {
  const write = (withService: boolean) =>
    toGsm(
      [
        words.heading,
        ...items.map((item) => `${withService ? `${item.organisme}, ${item.service}` : item.organisme} : ${firstPhone(item) ?? words.noPhone}`),
        `${words.details} ${link}`,
      ].join('\n'),
    );
  const full = write(true);
  return smsCount(full) <= 2 ? full : write(false);
}

/** `sms:` address with a body; `?&body=` is the form both Android and iOS read. */
export function smsHref(text: string): string {
  return `sms:?&body=${encodeURIComponent(text)}`;
}

/** The e-mail: every item in full, then the link. */
export function emailText(
  items: readonly ListItem[],
  link: string,
  words: { heading: string; phone: string; address: string; hours: string; toConfirm: string; details: string },
): string {
  const blocks = items.map((item) =>
    [
      `${item.service} (${item.organisme})`,
      ...(item.telephones.length > 0 ? [`${words.phone} : ${item.telephones.map((telephone) => telephone.texte).join(' ; ')}`] : []),
      ...item.adresses.map((adresse) => `${words.address} : ${adresse}`),
      ...(item.heures.length > 0 ? [`${words.hours} : ${item.heures.join(' ; ')}`] : []),
      ...(item.aConfirmer.length > 0 ? [`${words.toConfirm} : ${item.aConfirmer.join(' ; ')}`] : []),
    ].join('\n'),
  );
  return [words.heading, ...blocks, `${words.details} ${link}`].join('\n\n').replace(/\u00a0|\u202f/g, ' ');
}

export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
