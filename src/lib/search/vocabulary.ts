/*
 * The words of the search index, for "Did you mean …?" on a search with no results. The build writes
 * one small JSON file per site (not per page): the indexed words, most frequent first, so the browser
 * can offer the closest known word to a misspelt one (src/lib/search/suggest.ts). The texts are the
 * records' indexed text as Pagefind wrote it in its fragments (build-index.ts).
 */

/** Words shorter than this are not corrected (and so not listed); longer than the maximum are not words a reader types. */
export const MIN_WORD = 4;
export const MAX_WORD = 24;
/** At most this many words: enough for every word that occurs twice in the demo, about 40 KB of JSON before gzip. */
export const MAX_WORDS = 6000;

const WORD = /\p{L}+/gu;

/** The words of one text, lower-cased, within the length limits. */
export function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]).filter((w) => w.length >= MIN_WORD && w.length <= MAX_WORD);
}

/**
 * The vocabulary of some texts: words by descending frequency (ties alphabetical). Words of `always`
 * texts (question pages: their wording is what readers look for) are kept even when rare; others
 * must occur at least twice, which drops most typos of the texts themselves.
 */
export function buildVocabulary(texts: readonly string[], always: readonly string[] = [], limit = MAX_WORDS): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of wordsOf(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const kept = new Set(always.flatMap(wordsOf));
  for (const w of kept) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .filter(([w, n]) => n >= 2 || kept.has(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([w]) => w);
}
