/*
 * The compare page's selection lives in the URL: `?cities=almaty,bravo` (the form the page writes),
 * or repeated `?cities=almaty&cities=bravo` (what a form of tick boxes submits). Pure functions;
 * the query string itself is written by compareSearch() in src/lib/urls.ts.
 */

import { COMPARE_PARAMS } from '../../lib/urls.ts';

export const MAX_CITIES = 5;

export interface Selection {
  /** Known slugs, in the order given, without duplicates, at most `max`. */
  readonly slugs: readonly string[];
  /** Slugs in the URL that are not in the knowledgebase. */
  readonly unknown: readonly string[];
  /** Known slugs beyond the maximum, left out. */
  readonly dropped: readonly string[];
  readonly onlyDiffer: boolean;
}

export function parseSelection(search: string, known: ReadonlySet<string>, max = MAX_CITIES): Selection {
  const params = new URLSearchParams(search);
  const given = params
    .getAll(COMPARE_PARAMS.cities)
    .flatMap((v) => v.split(','))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unique = [...new Set(given)];
  const slugs = unique.filter((s) => known.has(s));
  return {
    slugs: slugs.slice(0, max),
    unknown: unique.filter((s) => !known.has(s)),
    dropped: slugs.slice(max),
    onlyDiffer: params.get(COMPARE_PARAMS.onlyDiffer) === '1',
  };
}
