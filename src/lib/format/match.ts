/*
 * Name matching for filters and pickers (cities table, compare picker, chart highlight): accent-
 * and case-insensitive, as Intl.Collator compares at base sensitivity ("bramor" finds "Brâmor",
 * "sao" finds "São Paulo"). Pure, and free of the catalogue, so client scripts can import it.
 */

const collator = new Intl.Collator(undefined, { usage: 'search', sensitivity: 'base' });

/** True when `needle` occurs somewhere in `haystack`, ignoring accents and case. */
function containsBase(haystack: string, needle: string): boolean {
  const text = haystack.normalize('NFC');
  const word = needle.normalize('NFC');
  for (let start = 0; start + word.length <= text.length; start++) {
    if (collator.compare(text.slice(start, start + word.length), word) === 0) return true;
  }
  return false;
}

/** True when every word of `query` occurs in `name` (accents and case ignored); an empty query matches all. */
export function matchesName(query: string, name: string): boolean {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => containsBase(name, word));
}
