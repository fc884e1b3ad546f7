/**
 * The only script the search page runs on load: a few lines that wait for the reader to use the search
 * (focus the form, submit it, or arrive with a search in the URL) before loading the search code and
 * Pagefind's index, so a visit that never searches downloads neither.
 */
import { searchParams } from '../lib/search';

type Search = import('./search').Search;

export function installSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  if (!form) return;
  let search: Promise<Search> | undefined;
  const load = () => (search ??= import('./search').then(({ Search }) => new Search(form)));

  form.addEventListener('focusin', () => void load(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load().then((loaded) => loaded.run());
  });
  const url = new URL(window.location.href);
  if (Object.values(searchParams).some((name) => url.searchParams.get(name))) {
    void load().then((loaded) => loaded.restoreFromUrl(url));
  }
}
