// Pure pieces of scripts/lighthouse.ts: which pages stand for each page type, what a Lighthouse report
// says about them, and the table it prints. Kept apart so they are tested without a browser.

/** One page to measure: the page type it stands for and its path on the built site. */
export interface PageToMeasure {
  readonly type: string;
  readonly path: string;
}

/** What the script reports per page, read from a Lighthouse result (lhr). */
export interface PageScore extends PageToMeasure {
  /** 0–100, as Lighthouse shows it. */
  readonly performance: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly transferBytes: number;
  /** The LCP element's selector, when Lighthouse names one: where to look when the score is low. */
  readonly lcpElement?: string;
}

/** The part of a Lighthouse result the script reads (lighthouse's own types pull in its whole tree). */
export interface LighthouseResult {
  readonly categories: { readonly performance?: { readonly score: number | null } };
  readonly audits: Readonly<Record<string, { readonly numericValue?: number; readonly details?: unknown } | undefined>>;
}

const AUDITS = {
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  weight: 'total-byte-weight',
  lcpElement: 'lcp-breakdown-insight',
} as const;

/** The LCP element's selector from its audit's details (a table whose first item holds a node). */
function lcpSelector(details: unknown): string | undefined {
  const found = JSON.stringify(details ?? null).match(/"selector":"((?:[^"\\]|\\.)*)"/);
  return found?.[1];
}

/** One page's scores from its Lighthouse result; an audit that did not run reads as NaN, not 0. */
export function scoreOf(page: PageToMeasure, lhr: LighthouseResult): PageScore {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const score = lhr.categories.performance?.score;
  const lcpElement = lcpSelector(lhr.audits[AUDITS.lcpElement]?.details);
  return {
    ...page,
    performance: typeof score === 'number' ? Math.round(score * 100) : Number.NaN,
    lcpMs: value(AUDITS.lcp),
    tbtMs: value(AUDITS.tbt),
    cls: value(AUDITS.cls),
    transferBytes: value(AUDITS.weight),
    ...(lcpElement === undefined ? {} : { lcpElement }),
  };
}

/** The median of several runs of one page, audit by audit (Lighthouse scores vary run to run). */
export function medianScore(runs: readonly PageScore[]): PageScore {
  const [first] = runs;
  if (!first) throw new Error('medianScore needs at least one run');
  const median = (pick: (s: PageScore) => number) => {
    const sorted = runs.map(pick).toSorted((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  };
  return {
    ...first,
    performance: median((s) => s.performance),
    lcpMs: median((s) => s.lcpMs),
    tbtMs: median((s) => s.tbtMs),
    cls: median((s) => s.cls),
    transferBytes: median((s) => s.transferBytes),
  };
}

const pad = (cells: readonly string[], widths: readonly number[]) =>
  cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');

/** A plain-text table: type, path, score, LCP, TBT, CLS, transfer size (KB); the lowest score is flagged. */
export function scoreTable(scores: readonly PageScore[], threshold: number): string {
  const header = ['page type', 'path', 'perf', 'LCP ms', 'TBT ms', 'CLS', 'KB'];
  const rows = scores.map((s) => [
    s.type,
    s.path,
    `${Number.isNaN(s.performance) ? '?' : String(s.performance)}${s.performance < threshold ? ' !' : ''}`,
    Math.round(s.lcpMs).toString(),
    Math.round(s.tbtMs).toString(),
    s.cls.toFixed(3),
    (s.transferBytes / 1024).toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [pad(header, widths), ...rows.map((r) => pad(r, widths))].join('\n');
}

/** The pages below the threshold (a NaN score counts as below: the run failed). */
export function belowThreshold(scores: readonly PageScore[], threshold: number): PageScore[] {
  return scores.filter((s) => !(s.performance >= threshold));
}

/** The heaviest of several built pages by a size function, or undefined when there are none. */
export function heaviest<T>(items: readonly T[], size: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || size(item) > size(best) ? item : best), undefined);
}
