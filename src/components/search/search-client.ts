import type { ClientText } from '../../i18n/client.ts';
import type { MessageKey } from '../../i18n/index.ts';

/*
 * Browser side of search: loads the Pagefind bundle the build wrote to /pagefind/ (at run time, so
 * Vite does not try to bundle it) and renders results as plain DOM (no innerHTML of content).
 * Its text comes from the page (`SEARCH_MESSAGES`, rendered into a data-i18n attribute).
 */

import { pagefindPath, SEARCH_VOCABULARY_PATH } from '../../lib/urls/site.ts';
import { suggestQuery } from '../../lib/search/suggest.ts';
import { PROFILE_EXCLUDE } from '../../lib/search/exclude.ts';
/** The interface text the search scripts use, by the names they use it under. */
export const SEARCH_MESSAGES = {
  unavailable: 'layout.search.unavailable',
  noResults: 'layout.search.noResults',
  noResultsFor: 'layout.search.noResultsFor',
  results: 'layout.search.results',
  resultsFor: 'layout.search.resultsFor',
  editorialPage: 'layout.search.editorialPage',
  cityProfile: 'layout.search.cityProfile',
  questionPage: 'search.questionPage',
  didYouMean: 'search.didYouMean',
  edition: 'common.edition',
} as const satisfies Record<string, MessageKey>;

export interface SubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}
export interface ResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly sub_results: readonly SubResult[];
}
export interface SearchResponse {
  readonly results: readonly { readonly id: string; data(): Promise<ResultData> }[];
  readonly filters: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly unfilteredResultCount: number;
}
export type Filters = Record<string, { any: string[] }>;
export interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * `search`, run once typing pauses for `ms`; null when a later call superseded it (before or during its
 * search). Pagefind's own debouncedSearch preloads the index for every prefix typed on the way ("m",
 * "mu", "mun"…): the chunks of a short prefix are a large part of a first search's bytes (31 of 197 KiB
 * at 1,000 responses), and the search waits behind those preloads in Pagefind's worker.
 */
export function afterPause<Args extends unknown[], R>(
  ms: number,
  search: (...args: Args) => Promise<R>,
): (...args: Args) => Promise<R | null> {
  let latest = 0;
  return async (...args) => {
    const mine = ++latest;
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (mine !== latest) return null;
    const found = await search(...args);
    return mine === latest ? found : null;
  };
}

/** Characters typed before the index is fetched for them: a shorter prefix spans many index chunks. */
export const PRELOAD_FROM = 3;

/**
 * Fetch the index for what is typed so far, while the visitor is still typing (afterPause then finds it
 * loaded): from PRELOAD_FROM characters on, so a one- or two-letter prefix never loads its chunks.
 */
export function preloadTyped(query: string, options?: SearchOptions): void {
  if ([...query].length < PRELOAD_FROM) return;
  loadPagefind()
    .then((pagefind) => pagefind.preload(query, options))
    .catch(() => undefined); // a failed preload costs nothing: the search itself reports the failure
}

/** URL parameter carrying the searched words to the landing page, where they are highlighted. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindInstance;
}

let loading: Promise<PagefindInstance> | undefined;

/** The site's one Pagefind index, loaded and initialised once per page. */
export function loadPagefind(): Promise<PagefindInstance> {
  if (!loading) {
    const instance = (async () => {
      const pagefind = (await import(/* @vite-ignore */ pagefindPath('main', 'pagefind.js'))) as PagefindModule;
      const created = pagefind.createInstance({ basePath: pagefindPath('main') });
      await created.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 22 });
      await created.init();
      return created;
    })();
    loading = instance;
    instance.catch(() => (loading = undefined));
  }
  return loading;
}

/** Highlight the searched words on the page a result led to (runs on every page, does nothing without the parameter). */
export async function highlightLandingTerms(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const url = pagefindPath('main', 'pagefind-highlight.js');
  const mod = (await import(/* @vite-ignore */ url)) as { default: new (options: Record<string, unknown>) => unknown };
  // addStyles: false — the script would inject a <style> element, which the CSP refuses; the site styles the marks.
  new mod.default({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    // Only indexed words are marked: not what Pagefind was told to leave out (exclude.ts).
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', ...PROFILE_EXCLUDE.flatMap((s) => [s, `${s} *`])],
    },
  });
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView();
}

/** Pagefind excerpts are text with <mark> around matches: rebuild them from text nodes only. */
export function excerptFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body;
  const walk = (node: Node, into: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element && child.tagName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = child.textContent;
        into.appendChild(mark);
      } else walk(child, into);
    }
  };
  walk(parsed, fragment);
  return fragment;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** Result heading and context line from the record's metadata. */
function describe(data: ResultData, text: ClientText): { title: string; context: string } {
  const m = data.meta;
  if (m['type'] === 'Editorial') return { title: m['title'] ?? data.url, context: text('editorialPage') };
  if (m['type'] === 'Question') return { title: m['title'] ?? data.url, context: text('questionPage') };
  const place = [m['city'], m['country']].filter(Boolean).join(', ');
  const edition = m['edition'] ? text('edition', { edition: m['edition'] }) : '';
  return { title: place || (m['title'] ?? data.url), context: [text('cityProfile'), m['region'], edition].filter(Boolean).join(' · ') };
}

/** One result: the record (city and section) and its best-matching answers, each a deep link. */
export function renderResult(data: ResultData, maxSubResults: number, text: ClientText): HTMLLIElement {
  const { title, context } = describe(data, text);
  const item = el('li', 'search-result');
  const heading = el('a', 'search-result__title', title);
  heading.href = data.url;
  item.append(heading, el('span', 'search-result__context', context));
  // The record's own URL as a sub-result only repeats the heading: keep the answers.
  const subs = data.sub_results.filter((s) => s.url !== data.url).slice(0, maxSubResults);
  if (subs.length === 0) {
    item.append(el('p', 'search-result__excerpt', excerptFragment(data.excerpt)));
    return item;
  }
  const list = el('ul', 'search-result__subs');
  for (const sub of subs) {
    const link = el(
      'a',
      'search-result__sub',
      el('span', 'search-result__sub-title', sub.title),
      el('span', 'search-result__excerpt', excerptFragment(sub.excerpt)),
    );
    link.href = sub.url;
    list.append(el('li', '', link));
  }
  item.append(list);
  return item;
}

/** Arrow keys move between the result links inside `container` (Tab works as usual too). */
export function arrowNavigation(container: HTMLElement, input: HTMLInputElement): void {
  const links = () => [...container.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  container.addEventListener('keydown', (event) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && at === 0) return input.focus();
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key] ?? at;
    all[Math.min(Math.max(next, 0), all.length - 1)]?.focus();
  });
}

export function resultCountText(count: number, query: string, text: ClientText): string {
  if (count === 0) return query ? text('noResultsFor', { query }) : text('noResults');
  return query ? text('resultsFor', { count, query }) : text('results', { count });
}

let vocabulary: Promise<readonly string[]> | undefined;

/** The site's vocabulary (written by the build), fetched once, on the first search without results. */
function loadVocabulary(): Promise<readonly string[]> {
  vocabulary ??= fetch(SEARCH_VOCABULARY_PATH)
    .then((r) => (r.ok ? (r.json() as Promise<readonly string[]>) : []))
    .catch(() => []);
  return vocabulary;
}

/**
 * "Did you mean transport?" for a query without results, with the corrected query as a link built by
 * `hrefOf`; null when no word can be corrected (or the vocabulary is unavailable).
 */
export async function suggestion(query: string, text: ClientText, hrefOf: (query: string) => string): Promise<HTMLElement | null> {
  const corrected = suggestQuery(query, await loadVocabulary());
  if (!corrected) return null;
  // The sentence comes from the catalogue; the corrected words are a link inside it.
  const [before = '', after = ''] = text('didYouMean', { suggestion: '\u0000' }).split('\u0000');
  const link = el('a', 'search-suggestion__link', corrected);
  link.href = hrefOf(corrected);
  link.dataset['suggestion'] = corrected;
  return el('p', 'search-suggestion', before, link, after);
}
