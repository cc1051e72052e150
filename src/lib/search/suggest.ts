import { distance } from 'fastest-levenshtein';

/*
 * "Did you mean …?": each word of a query the index does not know is replaced by the closest word of
 * the site's vocabulary (edit distance, fastest-levenshtein), the more frequent word winning a tie.
 * Bundled by the search scripts: nothing here needs the catalogue or the questionnaire.
 */

/** Edits allowed for a word of this length: short words change meaning with one edit, so fewer. */
export const maxEdits = (length: number): number => (length <= 4 ? 1 : 2);

/** The closest vocabulary word to `word` within its allowed edits (the earlier, more frequent, on a tie), or undefined. */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const max = maxEdits(word.length);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d <= 1) break;
    }
  }
  return best;
}

/**
 * The query with its unknown words corrected, or undefined when nothing could be corrected. Known
 * words, short words (under `minLength` letters) and words with digits are kept as typed.
 */
export function suggestQuery(query: string, vocabulary: readonly string[], minLength = 4): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((typed) => {
      const word = typed.toLowerCase();
      if (word.length < minLength || /\d/.test(word) || known.has(word)) return typed;
      const closest = closestWord(word, vocabulary);
      if (!closest) return typed;
      changed = true;
      return closest;
    });
  return changed ? words.join(' ') : undefined;
}
