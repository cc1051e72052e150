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

/**
 * Results kept for the strings seen most recently. Forms repeat the questionnaire's wording, and a line
 * is compared with every question's wording: the source pages classify thousands of forms per build.
 * Cleared when full, so memory stays bounded however many forms a build reads.
 */
export function boundedMemo<V>(size: number, make: (s: string) => V): (s: string) => V {
  let memo = new Map<string, V>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size >= size) memo = new Map();
      v = make(s);
      memo.set(s, v);
    }
    return v;
  };
}

const ASCII_ALNUM = /^[a-z0-9]$/i;

function compactUncached(s: string): Compact {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    // Fast path: ASCII letters and digits need no normalisation.
    if (ch < '\u0080') {
      if (ASCII_ALNUM.test(ch)) {
        text += ch.toLowerCase();
        map.push(i);
      }
      continue;
    }
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

/**
 * Memo sizes: a form's own lines (a few hundred per edition) recur in every document and stay hot;
 * a city's lines occur once. 10,000 entries hold the first many times over; 50,000 held about 200 MB
 * of city lines (bigram maps, offset arrays) that were never looked up again.
 */
const MEMO_ENTRIES = 10_000;

export const compact: (s: string) => Compact = boundedMemo(MEMO_ENTRIES, compactUncached);

export const compactText = (s: string) => compact(s).text;

/**
 * Semi-global edit distance: the smallest Levenshtein distance between all of `a`
 * and some prefix `b[0..end)`. Returns that distance and `end`. With `maxDistance`, only
 * distances up to it are exact (a larger one comes back as Infinity): the table is then
 * computed in the band |i - j| <= maxDistance only, since no cell outside it can be that close.
 */
export function prefixDistance(a: string, b: string, maxDistance = Number.POSITIVE_INFINITY): { distance: number; end: number } {
  const m = a.length;
  const n = Math.min(b.length, m + Math.ceil(m / 4) + 4);
  const k = Math.min(maxDistance, Math.max(m, n));
  const FAR = k + 1;
  // prev[j]: distance between a[0..i) and b[0..j), FAR outside the band
  let prev = new Int32Array(n + 1).fill(FAR);
  let cur = new Int32Array(n + 1).fill(FAR);
  for (let j = 0; j <= Math.min(n, k); j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - k);
    const to = Math.min(n, i + k);
    cur.fill(FAR, Math.max(0, from - 1), Math.min(n, to + 1) + 1);
    if (from === 1) cur[0] = i <= k ? i : FAR;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const sub = prev[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const d = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = d < FAR ? d : FAR;
    }
    [prev, cur] = [cur, prev];
  }
  let best = { distance: Number.POSITIVE_INFINITY, end: 0 };
  // The last row's band only: cells outside it hold older rows' values.
  for (let j = Math.max(0, m - k); j <= Math.min(n, m + k); j++) {
    const d = prev[j]! > k ? Number.POSITIVE_INFINITY : prev[j]!;
    // Prefer the longer prefix on ties, so trailing punctuation-free words are consumed.
    if (d < best.distance || (d === best.distance && d !== Number.POSITIVE_INFINITY && j > best.end)) best = { distance: d, end: j };
  }
  return best;
}

/** Character bigrams of `s` with their counts, keyed by the two UTF-16 code units. */
const bigrams = boundedMemo(MEMO_ENTRIES, (s: string): Map<number, number> => {
  const out = new Map<number, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
});

/** Sørensen–Dice similarity of character bigrams, 0..1: a cheap first filter. */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const A = bigrams(a);
  const B = bigrams(b);
  const [small, large] = A.size <= B.size ? [A, B] : [B, A];
  let shared = 0;
  for (const [g, n] of small) shared += Math.min(n, large.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/**
 * `dice(a, b) >= threshold`, without counting when the lengths alone rule it out: at most
 * min(|a|, |b|) - 1 bigrams can be shared, so the score is at most 2 min / (|a| + |b|) in bigrams.
 */
export function diceAtLeast(a: string, b: string, threshold: number): boolean {
  if (a === b) return 1 >= threshold;
  const la = a.length - 1;
  const lb = b.length - 1;
  if (la < 1 || lb < 1) return 0 >= threshold;
  if ((2 * Math.min(la, lb)) / (la + lb) < threshold) return false;
  return dice(a, b) >= threshold;
}

/** Every character bigram seen, as a small id: bounded by the pairs of letters and digits the forms use. */
const bigramIds = new Map<number, number>();
let bigramCounts = new Uint16Array(1024);
/** Each compact text's bigrams as ids, in order (the line's are reused against every wording). */
const bigramIdsOf = new WeakMap<Compact, Int32Array>();

function idsOf(c: Compact): Int32Array {
  let ids = bigramIdsOf.get(c);
  if (!ids) {
    const s = c.text;
    ids = new Int32Array(Math.max(0, s.length - 1));
    for (let i = 0; i < ids.length; i++) {
      const g = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
      let id = bigramIds.get(g);
      if (id === undefined) {
        id = bigramIds.size;
        bigramIds.set(g, id);
        if (id >= bigramCounts.length) {
          const grown = new Uint16Array(bigramCounts.length * 2);
          grown.set(bigramCounts);
          bigramCounts = grown;
        }
      }
      ids[i] = id;
    }
    bigramIdsOf.set(c, ids);
  }
  return ids;
}

/**
 * `diceAtLeast(a.text.slice(0, head), b.text.slice(0, head), threshold)`, on bigram ids counted in a
 * typed array (the first filter of every line against every wording), stopping once the threshold
 * is out of reach.
 */
function headsAlike(a: Compact, b: Compact, head: number, threshold: number): boolean {
  if (head < 2) return a.text.slice(0, head) === b.text.slice(0, head) ? 1 >= threshold : 0 >= threshold;
  const pairs = head - 1;
  const A = idsOf(a);
  const B = idsOf(b);
  const counts = bigramCounts;
  for (let i = 0; i < pairs; i++) counts[A[i]!]!++;
  let shared = 0;
  let alike = true;
  for (let i = 0; i < pairs; i++) {
    if ((shared + (pairs - i)) / pairs < threshold) {
      alike = false;
      break;
    }
    const id = B[i]!;
    if (counts[id]! > 0) {
      shared++;
      counts[id]!--;
    }
  }
  for (let i = 0; i < pairs; i++) counts[A[i]!] = 0;
  return alike && shared / pairs >= threshold;
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
  const W = typeof wording === 'string' ? compact(wording) : wording;
  const L = compact(line);
  if (!L.text || !W.text) return null;
  const head = Math.min(L.text.length, W.text.length);
  if (head < Math.min(MIN_PARTIAL, W.text.length)) return null;
  if (!headsAlike(L, W, head, 0.6)) return null;

  // The whole wording at the start of the line, maybe followed by an answer.
  const whole = prefixDistance(W.text, L.text, Math.ceil((1 - MATCH_THRESHOLD) * W.text.length) + 1);
  const wholeScore = 1 - whole.distance / W.text.length;
  // Only the start of the wording: the rest should follow on the next lines.
  let partial: WordingMatch | null = null;
  if (L.text.length < W.text.length && L.text.length >= Math.min(MIN_PARTIAL, W.text.length)) {
    const part = prefixDistance(L.text, W.text, Math.ceil((1 - MATCH_THRESHOLD) * L.text.length) + 1);
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
