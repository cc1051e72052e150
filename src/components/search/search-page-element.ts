import { clientTextOf } from '../../i18n/client.ts';
import { afterPause, arrowNavigation, loadPagefind, preloadTyped, renderResult, resultCountText, suggestion } from './search-client.ts';
import { searchPath } from '../../lib/urls/site.ts';
import type { Filters, ResultData, SearchOptions, SearchResponse } from './search-client.ts';

const PAGE_SIZE = 10;
/** The pause in typing after which the page searches. */
const PAUSE_MS = 150;
/** Result fragments fetched at once while a section filter fills a page, and checked per "Check more". */
const BATCH = 20;
const CHECK_MORE = 40;
const LONG_GROUP = 12;
/** Filter groups in display order (Pagefind filter keys from the records), with the names of their labels' messages. */
const GROUPS: readonly [string, string][] = [
  ['type', 'groupType'],
  ['region', 'groupRegion'],
  ['country', 'groupCountry'],
  ['edition', 'groupEdition'],
];

/**
 * A search with a questionnaire section chosen: Pagefind filters whole records, and a profile is one
 * record, so the section is checked here, result by result in rank order: a profile belongs when one
 * of its sub-results (the answers holding the hits) is a question of the section; a question page
 * when it is one of the section's questions; editorial pages never.
 */
interface SectionScan {
  readonly section: string;
  readonly query: string;
  /** Results checked so far (a prefix of the ranked results), and how many of them are in the section. */
  checked: number;
  matched: number;
  /** In the section, not yet shown. */
  readonly queue: ResultData[];
}

/** The anchor (`iii-5`) of a result or sub-result URL. */
function anchorOf(url: string): string {
  return decodeURIComponent(new URL(url, location.href).hash.slice(1));
}

export class SearchPage extends HTMLElement {
  #shown = 0;
  #search: SearchResponse | undefined;
  #scan: SectionScan | undefined;
  #run = 0;
  #afterPause = afterPause(PAUSE_MS, async (query: string | null, options: SearchOptions) => (await loadPagefind()).search(query, options));

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
    const check = this.querySelector<HTMLButtonElement>('[data-search-check]');
    if (!section || !check) return;
    // Per edition, the section label of each profile anchor (the questionnaire's, rendered by the page).
    const sectionOf = JSON.parse(this.dataset['sections'] ?? '{}') as Record<string, Record<string, string>>;

    /** The result as shown under the chosen section (its sub-results in that section only), or null when it is not in it. */
    const inSection = (data: ResultData, scan: SectionScan): ResultData | null => {
      if (data.meta['type'] === 'Question') return data.meta['section'] === scan.section ? data : null;
      if (data.meta['type'] !== 'Response') return null;
      const anchors = sectionOf[data.meta['edition'] ?? ''] ?? {};
      // Without words every profile whose edition has the section belongs to it.
      if (!scan.query) return Object.values(anchors).includes(scan.section) ? data : null;
      const subs = data.sub_results.filter((sub) => sub.url !== data.url && anchors[anchorOf(sub.url)] === scan.section);
      return subs.length > 0 ? { ...data, sub_results: subs } : null;
    };

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

    const sectionStatus = (scan: SectionScan, total: number): string => {
      const values = { count: scan.matched, section: scan.section, query: scan.query, checked: scan.checked, total };
      const done = scan.checked >= total;
      if (scan.query) return text(done ? 'inSectionFor' : 'inSectionSoFarFor', values);
      return text(done ? 'inSection' : 'inSectionSoFar', values);
    };

    /** Checks further results in rank order, a batch of fragments at a time, until `enough` or none are left. */
    const scanUntil = async (scan: SectionScan, search: SearchResponse, run: number, enough: () => boolean): Promise<boolean> => {
      while (scan.checked < search.results.length && !enough()) {
        const batch = await Promise.all(search.results.slice(scan.checked, scan.checked + BATCH).map((r) => r.data()));
        if (run !== this.#run) return false;
        scan.checked += batch.length;
        for (const data of batch) {
          const kept = inSection(data, scan);
          if (kept) {
            scan.matched += 1;
            scan.queue.push(kept);
          }
        }
      }
      return true;
    };

    const afterScan = (scan: SectionScan, search: SearchResponse) => {
      const total = search.results.length;
      status.textContent = sectionStatus(scan, total);
      check.hidden = scan.checked >= total;
      more.hidden = scan.queue.length === 0 && scan.checked >= total;
    };

    const showMore = async () => {
      const search = this.#search;
      if (!search) return;
      const run = this.#run;
      const scan = this.#scan;
      if (scan) {
        if (!(await scanUntil(scan, search, run, () => scan.queue.length >= PAGE_SIZE))) return;
        results.append(...scan.queue.splice(0, PAGE_SIZE).map((d) => renderResult(d, 3, text)));
        afterScan(scan, search);
        return;
      }
      const batch = await Promise.all(search.results.slice(this.#shown, this.#shown + PAGE_SIZE).map((r) => r.data()));
      if (run !== this.#run) return;
      results.append(...batch.map((d) => renderResult(d, 3, text)));
      this.#shown += batch.length;
      more.hidden = this.#shown >= search.results.length;
    };

    /** "Check more": counts the next results against the section (shown with "Show more"). */
    const checkMore = async () => {
      const search = this.#search;
      const scan = this.#scan;
      if (!search || !scan) return;
      const focused = document.activeElement === check;
      const until = scan.checked + CHECK_MORE;
      if (!(await scanUntil(scan, search, this.#run, () => scan.checked >= until))) return;
      afterScan(scan, search);
      // The button goes once everything is checked: keep the keyboard user on the results' controls.
      if (check.hidden && focused) (more.hidden ? input : more).focus();
    };

    // One scan at a time: "Show more" and "Check more" both advance it.
    let busy: Promise<unknown> = Promise.resolve();
    const serial = (step: () => Promise<void>): Promise<void> => {
      const next = busy.then(step, step);
      busy = next.catch(() => undefined);
      return next;
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
        check.hidden = true;
        status.textContent = text('prompt');
        return;
      }
      const options: SearchOptions = { filters: chosen, ...(sort.value === 'city' ? { sort: { city: 'asc' } } : {}) };
      try {
        if (debounce) preloadTyped(query, options);
        const search = debounce
          ? await this.#afterPause(query || null, options)
          : await (await loadPagefind()).search(query || null, options);
        if (!search || run !== this.#run) return;
        this.#search = search;
        this.#shown = 0;
        this.#scan = section.value ? { section: section.value, query, checked: 0, matched: 0, queue: [] } : undefined;
        results.replaceChildren();
        check.hidden = true;
        updateCounts(search.filters);
        await serial(showMore);
        if (run !== this.#run) return;
        if (!this.#scan) status.textContent = resultCountText(search.results.length, query, text);
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
    more.addEventListener('click', () => void serial(showMore));
    check.addEventListener('click', () => void serial(checkMore));
    renderFilters()
      .then(() => run(false))
      .catch(() => (status.textContent = text('unavailable')));
  }
}
if (!customElements.get('lgq-search-page')) customElements.define('lgq-search-page', SearchPage);
