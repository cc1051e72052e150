/*
 * The compare page's selection lives in the URL: `?cities=almaty,bravo` (the form the page writes),
 * or repeated `?cities=almaty&cities=bravo` (what a form of tick boxes submits). Pure functions.
 */

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
    .getAll('cities')
    .flatMap((v) => v.split(','))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unique = [...new Set(given)];
  const slugs = unique.filter((s) => known.has(s));
  return {
    slugs: slugs.slice(0, max),
    unknown: unique.filter((s) => !known.has(s)),
    dropped: slugs.slice(max),
    onlyDiffer: params.get('differ') === '1',
  };
}

/** The query string for a selection: `?cities=a,b` (commas kept readable; slugs need no escaping). */
export function selectionSearch(slugs: readonly string[], onlyDiffer: boolean): string {
  const parts: string[] = [];
  if (slugs.length) parts.push(`cities=${slugs.map(encodeURIComponent).join(',')}`);
  if (onlyDiffer) parts.push('differ=1');
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Lower-case, accents removed: "São Paulo" matches "sao". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
