/**
 * The search page's results, on Pagefind's JS API. Our own small interface rather than Pagefind's
 * Default UI: the Default UI fails axe (`label-title-only`), speaks English unless translated, and cannot
 * show the municipality, the matched service and the phone in a result. This one uses the page's own
 * labelled form, announces the result count in a status region, and keeps the search in the URL so a
 * social worker can send a link to a result list.
 */
import { search as searchStrings } from '../i18n/fr';
import { toE164, phoneHref } from '../lib/phone';
import { withBase } from '../lib/routes';
import { needMetaKey, searchParams, serviceHeadingId } from '../lib/search';

interface PagefindSubResult {
  url: string;
  title: string;
  locations?: number[];
  anchor?: { element: string; id: string; text?: string };
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (
    query: string | null,
    options?: { filters?: Record<string, string> },
    ms?: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;
const t = searchStrings;

interface SearchState {
  query: string;
  filters: Record<string, string>;
}

let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as PagefindApi;
    // Pagefind 1.6 searches in a Web Worker by default: a second copy of its code, 43 KB more before the first
    // results (BENCHMARKS.md, « Readers at scale »), for a search that is short on this directory's index.
    await api.options({ baseUrl: withBase('/'), noWorker: true });
    await api.init();
    return api;
  })();
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The service whose section matched the query, else the services of the need the reader filtered on. */
function matchedService(data: PagefindResultData, state: SearchState): { name: string; url?: string } | undefined {
  const sections = data.sub_results.filter(
    (sub) => sub.anchor?.element === 'h3' && sub.anchor.id.endsWith(serviceHeadingId('')) && (sub.locations?.length ?? 0) > 0,
  );
  const best = sections.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  if (best && state.query) return { name: best.title, url: best.url };
  const need = state.filters[searchParams.besoin];
  const names = need ? data.meta[needMetaKey(need)] : undefined;
  return names ? { name: names } : undefined;
}

function fact(label: string, value: Node | string): HTMLParagraphElement {
  const line = element('p', undefined, 'search-result__fact');
  line.append(element('strong', `${label} : `), value);
  return line;
}

function renderResult(data: PagefindResultData, state: SearchState): HTMLLIElement {
  const item = element('li', undefined, 'card search-result');
  const heading = element('h3');
  const link = element('a', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.municipalite) item.append(fact(t.municipalityServed, data.meta.municipalite));
  const service = matchedService(data, state);
  if (service) {
    if (service.url) {
      const serviceLink = element('a', service.name);
      serviceLink.href = service.url;
      item.append(fact(t.service, serviceLink));
    } else item.append(fact(t.service, service.name));
  }
  const phone = data.meta.telephone;
  const e164 = phone ? toE164(phone) : null;
  if (phone && e164) {
    const call = element('a', phone);
    call.href = phoneHref(e164);
    item.append(fact(t.phone, call));
  }
  const excerpt = element('p', undefined, 'search-result__excerpt');
  // Pagefind escapes the page text and only adds <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  return item;
}

export class Search {
  private readonly input: HTMLInputElement;
  private readonly section: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private pending: PagefindResult[] = [];
  private state: SearchState = { query: '', filters: {} };
  private generation = 0;
  private typing: number | undefined;

  private readonly form: HTMLFormElement;

  constructor(form: HTMLFormElement) {
    this.form = form;
    const field = form.elements.namedItem(searchParams.query);
    const section = document.querySelector<HTMLElement>('[data-search-results]');
    if (!(field instanceof HTMLInputElement) || !section) throw new Error('Formulaire de recherche incomplet');
    this.input = field;
    this.section = section;
    this.status = section.querySelector<HTMLElement>('[data-search-status]') as HTMLElement;
    this.list = section.querySelector<HTMLOListElement>('[data-search-list]') as HTMLOListElement;
    this.more = section.querySelector<HTMLButtonElement>('[data-search-more]') as HTMLButtonElement;
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.typing);
      this.typing = window.setTimeout(() => void this.run(), 300);
    });
    form.addEventListener('change', (event) => {
      if (event.target !== this.input) void this.run();
    });
    this.more.addEventListener('click', () => void this.showMore(true));
    void loadPagefind();
  }

  /** Fills the form from a shared link, then searches. */
  async restoreFromUrl(url: URL): Promise<void> {
    for (const name of Object.values(searchParams)) {
      const value = url.searchParams.get(name) ?? '';
      const field = this.form.elements.namedItem(name);
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === field.value;
      else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    }
    await this.run();
  }

  private readState(): SearchState {
    const data = new FormData(this.form);
    const filters: Record<string, string> = {};
    for (const name of [searchParams.municipalite, searchParams.besoin, searchParams.gratuit]) {
      const value = String(data.get(name) ?? '').trim();
      if (value) filters[name] = value;
    }
    return { query: String(data.get(searchParams.query) ?? '').trim(), filters };
  }

  private writeUrl(state: SearchState): void {
    const url = new URL(window.location.href);
    url.search = '';
    if (state.query) url.searchParams.set(searchParams.query, state.query);
    for (const [name, value] of Object.entries(state.filters)) url.searchParams.set(name, value);
    window.history.replaceState(null, '', url);
  }

  async run(): Promise<void> {
    window.clearTimeout(this.typing);
    const state = this.readState();
    const generation = ++this.generation;
    this.state = state;
    this.writeUrl(state);
    this.section.hidden = false;
    delete this.section.dataset.searchDone;
    this.list.replaceChildren();
    this.more.hidden = true;
    if (!state.query && Object.keys(state.filters).length === 0) {
      this.status.textContent = t.empty;
      return;
    }
    this.status.textContent = t.loading;
    try {
      const api = await loadPagefind();
      const response = await api.search(state.query || null, { filters: state.filters });
      if (generation !== this.generation || !response) return;
      const total = response.results.length;
      this.pending = [...response.results];
      await this.showMore(false);
      if (generation !== this.generation) return;
      const count = t.count(total, state.query);
      this.status.textContent = total === 0 ? `${count} ${t.noResultHelp}` : count;
      // Which search the list shows, for tests and for scripts that wait on it.
      this.section.dataset.searchDone = window.location.search;
    } catch {
      if (generation === this.generation) this.status.textContent = t.error;
    }
  }

  private async showMore(moveFocus: boolean): Promise<void> {
    const generation = this.generation;
    const page = this.pending.splice(0, PAGE_SIZE);
    const items = await Promise.all(page.map(async (result) => renderResult(await result.data(), this.state)));
    if (generation !== this.generation) return;
    this.list.append(...items);
    this.more.hidden = this.pending.length === 0;
    // After "more", put the keyboard on the first new result instead of leaving it on a vanished button.
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }
}
