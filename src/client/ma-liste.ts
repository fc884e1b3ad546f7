/**
 * « Ma liste » in the browser: keeps the ids of the chosen services in localStorage, adds the one a profile's
 * link names (`?ajouter=`) or those of a shared link (`?s=`), shows each from the list's data file, and writes
 * the links that take the list away (text message, e-mail, shared address). Every word comes from the page or
 * from the list strings; nothing is sent anywhere but the one data file asked of the site.
 */
import { maListe as t } from '../i18n/ma-liste';
import {
  emailText,
  listParams,
  mailtoHref,
  parseIds,
  shareUrl,
  smsCount,
  smsHref,
  smsText,
  STORAGE_KEY,
  type ListData,
  type ListItem,
} from '../lib/ma-liste';

/** The items last shown, so that the list still shows without a connection. */
const CACHE_KEY = `${STORAGE_KEY}-fiches`;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (private browsing, full): the list lives for this visit only.
  }
}

async function loadData(url: string): Promise<ListData | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as ListData;
  } catch {
    const cached = read(CACHE_KEY);
    return cached ? (JSON.parse(cached) as ListData) : undefined;
  }
}

/** Lines separated by line breaks; links for dialable numbers. */
function fillLines(target: HTMLElement, lines: { text: string; href?: string }[]): void {
  lines.forEach((line, index) => {
    if (index > 0) target.append(document.createElement('br'));
    if (line.href) {
      const link = document.createElement('a');
      link.href = line.href;
      link.textContent = line.text;
      target.append(link);
    } else target.append(line.text);
  });
}

function itemElement(template: HTMLTemplateElement, item: ListItem, onRemove: () => void): HTMLElement {
  const element = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const field = (name: string) => element.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
  const rows: Record<'telephones' | 'adresses' | 'heures' | 'aConfirmer', { text: string; href?: string }[]> = {
    telephones: item.telephones.map((telephone) => ({ text: telephone.texte, href: telephone.tel })),
    adresses: item.adresses.map((text) => ({ text })),
    heures: item.heures.map((text) => ({ text })),
    aConfirmer: item.aConfirmer.map((text) => ({ text })),
  };
  for (const [name, lines] of Object.entries(rows)) {
    if (lines.length > 0) fillLines(field(name), lines);
    else {
      field(name).hidden = true;
      element.querySelector<HTMLElement>(`[data-row="${name}"]`)!.hidden = true;
    }
  }
  field('service').textContent = item.service;
  const organisme = field('organisme') as HTMLAnchorElement;
  organisme.href = item.fiche;
  organisme.textContent = item.organisme;
  field('dates').textContent = item.dates;
  field('removeName').textContent = ` : ${item.service}`;
  element.querySelector('[data-list-remove]')!.addEventListener('click', onRemove);
  return element;
}

export async function installMyList(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-my-list]');
  const template = document.querySelector<HTMLTemplateElement>('template[data-list-template]');
  if (!root || !template) return;
  const part = <T extends HTMLElement = HTMLElement>(name: string) => root.querySelector<T>(`[data-list-${name}]`)!;
  const status = part('status');

  const url = new URL(window.location.href);
  const added = parseIds(url.searchParams.get(listParams.add));
  const shared = parseIds(url.searchParams.get(listParams.shared));
  let ids = parseIds(read(STORAGE_KEY));
  const fresh = [...added, ...shared].filter((id) => !ids.includes(id));
  ids = [...ids, ...fresh];
  if (added.length + shared.length > 0) {
    write(STORAGE_KEY, ids.join(','));
    // A reload or a bookmark of the page must not add the service again once the reader removed it.
    window.history.replaceState(null, '', url.pathname);
  }

  const data = await loadData(root.dataset.listData ?? '');
  if (!data) {
    status.textContent = t.loadError;
    return;
  }
  const gone = ids.filter((id) => !data[id]);
  ids = ids.filter((id) => data[id]);
  if (gone.length > 0) write(STORAGE_KEY, ids.join(','));

  const render = () => {
    const items = ids.map((id) => data[id]!);
    write(CACHE_KEY, JSON.stringify(Object.fromEntries(ids.map((id) => [id, data[id]]))));
    part('items').replaceChildren(
      ...ids.map((id, index) =>
        itemElement(template, items[index]!, () => {
          ids = ids.filter((other) => other !== id);
          write(STORAGE_KEY, ids.join(','));
          render();
          status.textContent = ids.length > 0 ? t.removed(items[index]!.service) : t.cleared;
          document.querySelector<HTMLElement>('h1')?.focus();
        }),
      ),
    );
    part('empty').hidden = ids.length > 0;
    part('actions').hidden = ids.length === 0;
    const link = shareUrl(window.location.href, ids);
    const share = part<HTMLAnchorElement>('share');
    share.href = link;
    share.textContent = link;
    part('printed-link').textContent = link;
    const sms = smsText(items, link, { heading: t.smsHeading, noPhone: t.noPhone, details: t.details });
    part<HTMLAnchorElement>('sms').href = smsHref(sms);
    part('sms-size').textContent = t.smsSize(smsCount(sms));
    part<HTMLAnchorElement>('email').href = mailtoHref(
      t.emailSubject,
      emailText(items, link, {
        heading: t.emailHeading,
        phone: t.phone,
        address: t.address,
        hours: t.hours,
        toConfirm: t.toConfirm,
        details: t.details,
      }),
    );
  };
  render();

  const messages: string[] = [];
  const addedItem = added.length === 1 ? data[added[0]!] : undefined;
  if (addedItem) {
    messages.push(t.added(addedItem.service));
    const back = part('back');
    back.querySelector('a')!.href = addedItem.fiche;
    back.hidden = false;
  }
  if (shared.length > 0) messages.push(t.received(shared.filter((id) => data[id]).length));
  if (gone.length > 0) messages.push(t.gone(gone.length));
  status.textContent = messages.join(' ') || (ids.length > 0 ? t.count(ids.length) : '');

  part('print').addEventListener('click', () => window.print());
  part('clear').addEventListener('click', () => {
    if (!window.confirm(t.confirmClear)) return;
    ids = [];
    write(STORAGE_KEY, '');
    render();
    status.textContent = t.cleared;
  });
}
