import { clientTextOf } from '../../i18n/client.ts';
import { arrowNavigation, loadPagefind, renderResult, resultCountText, suggestion } from './search-client.ts';
import { searchPath } from '../../lib/urls/site.ts';
import type { Filters, SearchOptions, SearchResponse } from './search-client.ts';

const PAGE_SIZE = 10;
const LONG_GROUP = 12;
/** Filter groups in display order (Pagefind filter keys from the records), with the names of their labels' messages. */
const GROUPS: readonly [string, string][] = [
  ['type', 'groupType'],
  ['region', 'groupRegion'],
  ['country', 'groupCountry'],
  ['edition', 'groupEdition'],
];

export class SearchPage extends HTMLElement {
  #shown = 0;
  #search: SearchResponse | undefined;
  #run = 0;

  connectedCallback() {
    const text = clientTextOf(this);
    const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
    const kinds = JSON.parse(this.dataset['kinds'] ?? '{}') as Record<string, string>;
    const labelOf = (key: string, value: string) => (key === 'type' ? (kinds[value] ?? value) : value);
    document.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
    this.hidden = false;
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    const sort = this.querySelector<HTMLSelectElement>('[data-search-sort]');
    const form = this.querySelector('form');
    const filters = this.querySelector<HTMLElement>('[data-search-filters]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const results = this.querySelector<HTMLOListElement>('[data-search-results]');
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    if (!input || !sort || !form || !filters || !status || !results || !more) return;

    // Filters open beside the results on wide screens; on narrow ones they fold above them.
    const panel = this.querySelector<HTMLDetailsElement>('[data-search-filter-panel]');
    if (panel && matchMedia('(min-width: 52rem)').matches) panel.open = true;
    const section = this.querySelector<HTMLSelectElement>('[data-search-section]');
    if (!section) return;

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    sort.value = params.get('sort') === 'city' ? 'city' : '';
    // An unknown section in the URL leaves the select on "All sections".
    section.value = params.get('section') ?? '';
    arrowNavigation(results, input);

    const selected = (): Filters => {
      const out: Filters = {};
      for (const box of filters.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
        (out[box.name] ??= { any: [] }).any.push(box.value);
      }
      return out;
    };

    const updateUrl = () => {
      const next = new URLSearchParams();
      if (input.value.trim()) next.set('q', input.value.trim());
      for (const [key, { any }] of Object.entries(selected())) for (const v of any) next.append(key, v);
      if (section.value) next.set('section', section.value);
      if (sort.value) next.set('sort', sort.value);
      const url = `${location.pathname}${next.size ? `?${next}` : ''}`;
      if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    };

    const showMore = async () => {
      const search = this.#search;
      if (!search) return;
      const run = this.#run;
      const batch = await Promise.all(search.results.slice(this.#shown, this.#shown + PAGE_SIZE).map((r) => r.data()));
      if (run !== this.#run) return;
      results.append(...batch.map((d) => renderResult(d, 3, text)));
      this.#shown += batch.length;
      more.hidden = this.#shown >= search.results.length;
    };

    const updateCounts = (counts: SearchResponse['filters']) => {
      for (const box of filters.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
        const count = box.parentElement?.querySelector('.search-filters__count');
        if (count) count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
      }
    };

    const run = async (debounce: boolean) => {
      const run = ++this.#run;
      updateUrl();
      const query = input.value.trim();
      const chosen = selected();
      if (!query && Object.keys(chosen).length === 0 && !section.value) {
        results.replaceChildren();
        more.hidden = true;
        status.textContent = text('prompt');
        return;
      }
      // A section filter searches the per-section index; everything else the main one.
      if (section.value) chosen['section'] = { any: [section.value] };
      const options: SearchOptions = { filters: chosen, ...(sort.value === 'city' ? { sort: { city: 'asc' } } : {}) };
      try {
        const pagefind = await loadPagefind(section.value ? 'sections' : 'main');
        const search = debounce
          ? await pagefind.debouncedSearch(query || null, options, 150)
          : await pagefind.search(query || null, options);
        if (!search || run !== this.#run) return;
        this.#search = search;
        this.#shown = 0;
        results.replaceChildren();
        updateCounts(search.filters);
        await showMore();
        status.textContent = resultCountText(search.results.length, query, text);
        if (search.results.length === 0 && query) {
          const offer = await suggestion(query, text, searchPath);
          if (offer && run === this.#run) {
            // On this page the suggestion searches in place (its link also works as a plain link).
            offer.querySelector('a')?.addEventListener('click', (event) => {
              event.preventDefault();
              input.value = offer.querySelector('a')?.dataset['suggestion'] ?? input.value;
              form.requestSubmit();
              input.focus();
            });
            const item = document.createElement('li');
            item.className = 'search-result search-result--suggestion';
            item.append(offer);
            results.replaceChildren(item);
          }
        }
      } catch {
        status.textContent = text('unavailable');
      }
    };

    const renderFilters = async () => {
      const pagefind = await loadPagefind();
      const available = await pagefind.filters();
      const groups = GROUPS.filter(([key]) => Object.keys(available[key] ?? {}).length > 0).map(([key, label]) => {
        const fieldset = document.createElement('fieldset');
        fieldset.className = 'search-filters__group';
        const legend = document.createElement('legend');
        legend.textContent = text(label);
        fieldset.append(legend);
        const values = Object.keys(available[key] ?? {}).sort(collator.compare);
        // Long lists (countries) scroll inside their group rather than pushing the results down.
        const options = document.createElement('div');
        options.className =
          values.length > LONG_GROUP ? 'search-filters__options search-filters__options--long' : 'search-filters__options';
        fieldset.append(options);
        for (const value of values) {
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = value;
          box.checked = params.getAll(key).includes(value);
          const name = document.createElement('span');
          name.textContent = labelOf(key, value);
          const count = document.createElement('span');
          count.className = 'search-filters__count';
          const item = document.createElement('label');
          item.className = 'search-filters__option';
          item.append(box, ' ', name, ' ', count);
          options.append(item);
        }
        return fieldset;
      });
      filters.replaceChildren(...groups);
    };

    input.addEventListener('input', () => void run(true));
    filters.addEventListener('change', () => void run(false));
    sort.addEventListener('change', () => void run(false));
    section.addEventListener('change', () => void run(false));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run(false);
    });
    more.addEventListener('click', () => void showMore());
    renderFilters()
      .then(() => run(false))
      .catch(() => (status.textContent = text('unavailable')));
  }
}
if (!customElements.get('lgq-search-page')) customElements.define('lgq-search-page', SearchPage);
