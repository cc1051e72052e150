/*
 * Name matching as readers expect it: case- and accent-insensitive, so "bramor" finds "Brâmor" and
 * "sao paulo" finds "São Paulo". Small and dependency-free: client scripts bundle it.
 */

/** Lower case without diacritics (NFD, combining marks removed), for comparing names. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** True when every word of `query` occurs in `name`, ignoring case and accents (an empty query matches all). */
export function matchesName(query: string, name: string): boolean {
  const folded = foldName(name);
  return foldName(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => folded.includes(word));
}
