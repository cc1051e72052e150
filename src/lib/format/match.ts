/*
 * Matching what a reader types against names: accent- and case-insensitive, so "bramor" finds
 * "Brâmor" and "sao paulo" finds "São Paulo". One helper for every place that matches names
 * (chart highlight, cities table, compare picker); small enough to bundle in client scripts.
 */

/** A name folded for matching: decomposed, combining marks stripped, lower-cased, spaces collapsed. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether `name` contains what the reader typed, ignoring accents and case. An empty query matches nothing. */
export function matchesName(query: string, name: string): boolean {
  const q = foldName(query);
  return q.length > 0 && foldName(name).includes(q);
}
