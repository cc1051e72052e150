/*
 * Fuzzy matching of document lines against the questionnaire's own wording.
 * Lines are compared in "compact" form (letters and digits only, lower-case, no
 * diacritics), so spacing, punctuation, bold markers, hyphenation across a line
 * break ("e-" + "Government") and footnote markers do not matter.
 */

/** Footnote reference markers as printed in the form (superscript digits). */
export const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

export interface Compact {
  /** Letters and digits only, lower-cased, diacritics removed. */
  readonly text: string;
  /** `map[i]` is the index in the original string of compact character `i`. */
  readonly map: readonly number[];
}

export function compact(s: string): Compact {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(ch)) continue;
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (const b of base) {
      if (/[\p{L}\p{N}]/u.test(b)) {
        text += b;
        map.push(i);
      }
    }
  }
  return { text, map };
}

export const compactText = (s: string) => compact(s).text;

/**
 * Semi-global edit distance: the smallest Levenshtein distance between all of `a`
 * and some prefix `b[0..end)`. Returns that distance and `end`.
 */
export function prefixDistance(a: string, b: string): { distance: number; end: number } {
  const m = a.length;
  const n = Math.min(b.length, m + Math.ceil(m / 4) + 4);
  // prev[j]: distance between a[0..i) and b[0..j)
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = (prev[j - 1] ?? 0) + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = { distance: Number.POSITIVE_INFINITY, end: 0 };
  for (let j = 0; j <= n; j++) {
    const d = prev[j] ?? Number.POSITIVE_INFINITY;
    // Prefer the longer prefix on ties, so trailing punctuation-free words are consumed.
    if (d < best.distance || (d === best.distance && j > best.end)) best = { distance: d, end: j };
  }
  return best;
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice similarity of character bigrams, 0..1: a cheap first filter. */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const A = bigrams(a);
  const B = bigrams(b);
  let shared = 0;
  for (const [g, n] of A) shared += Math.min(n, B.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

export interface WordingMatch {
  /** 0..1; 1 is an exact match of the compared part. */
  readonly score: number;
  /** True when the whole wording was found at the start of the line. */
  readonly complete: boolean;
  /** What the line has after the wording (original characters), when `complete`. */
  readonly remainder: string;
  /** Compact wording still expected on following lines, when the line held only its start. */
  readonly pending: string;
}

/** A line must carry at least this much of a wording (compact characters) to count as its start. */
const MIN_PARTIAL = 24;
export const MATCH_THRESHOLD = 0.86;

/**
 * Does `line` start with `wording` (complete), or is it the start of `wording`
 * continued on the next lines (partial)? Null when neither is likely.
 */
export function matchWording(line: string, wording: string | Compact): WordingMatch | null {
  const L = compact(line);
  const W = typeof wording === 'string' ? compact(wording) : wording;
  if (!L.text || !W.text) return null;
  const head = Math.min(L.text.length, W.text.length);
  if (head < Math.min(MIN_PARTIAL, W.text.length)) return null;
  if (dice(L.text.slice(0, head), W.text.slice(0, head)) < 0.6) return null;

  // The whole wording at the start of the line, maybe followed by an answer.
  const whole = prefixDistance(W.text, L.text);
  const wholeScore = 1 - whole.distance / W.text.length;
  // Only the start of the wording: the rest should follow on the next lines.
  let partial: WordingMatch | null = null;
  if (L.text.length < W.text.length && L.text.length >= Math.min(MIN_PARTIAL, W.text.length)) {
    const part = prefixDistance(L.text, W.text);
    const partScore = 1 - part.distance / L.text.length;
    if (partScore >= MATCH_THRESHOLD) partial = { score: partScore, complete: false, remainder: '', pending: W.text.slice(part.end) };
  }
  if (wholeScore >= MATCH_THRESHOLD && !(partial && partial.score > wholeScore)) {
    const cut = whole.end === 0 ? 0 : (L.map[whole.end - 1] ?? -1) + 1;
    const rest = whole.end >= L.text.length ? '' : line.slice(cut);
    return { score: wholeScore, complete: true, remainder: rest, pending: '' };
  }
  return partial;
}

/**
 * Is `line` the next part of a wording whose start has been seen? Returns the
 * wording still pending afterwards (empty when complete), or null.
 */
export function continuesWording(line: string, pending: string): { pending: string; remainder: string } | null {
  const L = compact(line);
  if (!L.text || !pending) return null;
  if (pending.startsWith(L.text)) return { pending: pending.slice(L.text.length), remainder: '' };
  if (L.text.startsWith(pending)) {
    const cut = (L.map[pending.length - 1] ?? -1) + 1;
    return { pending: '', remainder: line.slice(cut) };
  }
  if (Math.min(L.text.length, pending.length) < 12) return null;
  const m = matchWording(line, { text: pending, map: [] });
  if (!m) return null;
  return m.complete ? { pending: '', remainder: m.remainder } : { pending: m.pending, remainder: '' };
}
