import { median as d3median, nice, ticks as scaleTicks } from 'd3-array';
import type { IndicatorValue, MissingReason } from '../../indicators/index.ts';

/*
 * Ranked bars, layout: one row per city with a value, largest value first. Cities without a value
 * are not drawn (never as zero): they are `unlisted`, for the note under the chart and the table;
 * the compare page, with a handful of cities, asks for them as rows (`listMissing`). Above `limit`
 * cities the chart keeps the top `top`, the highlighted city with its rank, and one aggregated row
 * for all others (their median and range). Narrow layouts put the names above the bars.
 * Pure and wordless, so the compare page runs it in the browser too.
 */

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface RankedItem {
  readonly id: string;
  readonly label: string;
  readonly country: string;
  readonly href?: string;
  readonly value: IndicatorValue;
}

export interface RankedOptions {
  readonly width?: number;
  readonly unit: string;
  /** Largest possible value (100 for percentages); else the scale ends at the nice maximum. */
  readonly max?: number;
  readonly highlight?: string;
  /** Up to this many cities, every city has its own row. */
  readonly limit?: number;
  /** Above `limit`, this many top cities keep their own row. */
  readonly top?: number;
  /** Width of the name column left of the bars (default 170; small multiples use less). */
  readonly labelWidth?: number;
  /** Room right of the longest bar for its value label (default 62). */
  readonly valueWidth?: number;
  /** Order of names among equal values: the locale's collation (the chart passes `i18n.compare`). */
  readonly compare?: (a: string, b: string) => number;
  /** Draw cities without a value as rows after the bars (the compare page's few cities); else they are unlisted. */
  readonly listMissing?: boolean;
  /** Names on a line above each bar, the bars the full width (phones). */
  readonly labelsAbove?: boolean;
}

/** A city without a value, or all of them in one (aggregated charts): in the table, drawn only when listed. */
export type RankedMissing =
  | {
      readonly kind: 'missing';
      readonly id: string;
      readonly label: string;
      readonly country: string;
      readonly href?: string;
      readonly reason: MissingReason;
      readonly highlighted: boolean;
    }
  | {
      readonly kind: 'missing-group';
      readonly id: 'missing';
      readonly count: number;
      readonly byReason: Readonly<Partial<Record<MissingReason, number>>>;
    };

export type RankedRow =
  | {
      readonly kind: 'value';
      readonly id: string;
      readonly label: string;
      readonly country: string;
      readonly href?: string;
      readonly rank: number;
      readonly value: number;
      readonly y: number;
      readonly barWidth: number;
      readonly highlighted: boolean;
    }
  | (Extract<RankedMissing, { kind: 'missing' }> & { readonly y: number })
  | {
      readonly kind: 'others';
      readonly id: 'others';
      readonly count: number;
      readonly ranks: readonly [number, number];
      readonly median: number;
      readonly min: number;
      readonly max: number;
      readonly y: number;
      readonly x0: number;
      readonly x1: number;
      readonly xMedian: number;
    }
  | (Extract<RankedMissing, { kind: 'missing-group' }> & { readonly y: number });

export interface RankedMarks {
  readonly width: number;
  readonly height: number;
  /** Left edge of the bars (the label column is to its left). */
  readonly x0: number;
  readonly rowHeight: number;
  readonly top: number;
  readonly rows: readonly RankedRow[];
  /** Cities without a value that are not drawn (all of them unless `listMissing`), in table order. */
  readonly unlisted: readonly RankedMissing[];
  /** Names sit above the bars, from the left edge (`labelsAbove`). */
  readonly labelsAbove: boolean;
  /** A second axis under the last row, on charts long enough to scroll past the first. */
  readonly bottomAxisY?: number;
  readonly ticks: readonly { readonly x: number; readonly value: number }[];
  /** Cities with a value / without one / in total. */
  readonly n: number;
  readonly missing: number;
  readonly total: number;
  readonly aggregated: boolean;
  /** How many top cities keep their own row when aggregated. */
  readonly topCount: number;
}

const DEFAULT_LABEL_WIDTH = 170;
const DEFAULT_VALUE_WIDTH = 62;
const ROW_HEIGHT = 18;
/** Rows get tighter when there are many, so 200 cities stay a scrollable length. */
const DENSE_ROW = 14;
const DENSE_FROM = 60;
const AXIS = 26;
/** With names above the bars: the name line, then the bar. */
const ROW_ABOVE = 30;
/** Charts with more drawn rows than this repeat the axis under the last row. */
const LONG_FROM = 15;
const BOTTOM_AXIS = 24;

export function layoutRanked(items: readonly RankedItem[], options: RankedOptions): RankedMarks {
  const width = options.width ?? 640;
  const labelsAbove = options.labelsAbove ?? false;
  const labelWidth = labelsAbove ? 4 : (options.labelWidth ?? DEFAULT_LABEL_WIDTH);
  const limit = options.limit ?? 200;
  const topN = options.top ?? 30;
  const compare = options.compare ?? byCodePoint;
  const withValue = items
    .flatMap((i) => (i.value.kind === 'value' ? [{ ...i, v: i.value.value }] : []))
    .sort((a, b) => b.v - a.v || compare(a.label, b.label));
  const without = items
    .flatMap((i) => (i.value.kind === 'missing' ? [{ ...i, reason: i.value.reason }] : []))
    .sort((a, b) => compare(a.label, b.label));
  // Competition ranking: equal values share a rank (1, 2, 2, 4).
  const ranks: number[] = [];
  withValue.forEach((d, i) => ranks.push(i > 0 && d.v === withValue[i - 1]!.v ? ranks[i - 1]! : i + 1));

  const maxValue = withValue[0]?.v ?? 0;
  const domainMax = options.max ?? (maxValue > 0 ? maxValue : 1);
  // d3-array's nice and ticks, as d3-scale's linear scale computes them, without its interpolators:
  // this layout also runs in the browser (the compare page), where every kilobyte counts.
  const [d0, d1] = options.max === undefined ? nice(0, domainMax, 10) : [0, domainMax];
  const left = labelWidth;
  const right = width - (options.valueWidth ?? DEFAULT_VALUE_WIDTH);
  const x = (v: number) => {
    const t = (v - d0) / (d1 - d0);
    return left * (1 - t) + right * t;
  };
  const ticks = scaleTicks(d0, d1, 5).map((value) => ({ x: x(value), value }));

  const listMissing = options.listMissing ?? false;
  const drawnCount = listMissing ? items.length : withValue.length;
  const aggregated = drawnCount > limit;
  const ROW = labelsAbove ? ROW_ABOVE : !aggregated && drawnCount > DENSE_FROM ? DENSE_ROW : ROW_HEIGHT;
  const rows: RankedRow[] = [];
  const unlisted: RankedMissing[] = [];
  let y = AXIS;
  const valueRow = (i: number): RankedRow => {
    const d = withValue[i]!;
    return {
      kind: 'value',
      id: d.id,
      label: d.label,
      country: d.country,
      ...(d.href ? { href: d.href } : {}),
      rank: ranks[i]!,
      value: d.v,
      y,
      barWidth: Math.max(0, x(d.v) - labelWidth),
      highlighted: d.id === options.highlight,
    };
  };
  if (!aggregated) {
    for (let i = 0; i < withValue.length; i++, y += ROW) rows.push(valueRow(i));
    for (const d of without) {
      const row: RankedMissing = {
        kind: 'missing',
        id: d.id,
        label: d.label,
        country: d.country,
        ...(d.href ? { href: d.href } : {}),
        reason: d.reason,
        highlighted: d.id === options.highlight,
      };
      if (!listMissing) unlisted.push(row);
      else {
        rows.push({ ...row, y });
        y += ROW;
      }
    }
  } else {
    const shown = new Set<number>();
    for (let i = 0; i < Math.min(topN, withValue.length); i++, y += ROW) {
      rows.push(valueRow(i));
      shown.add(i);
    }
    const hi = withValue.findIndex((d) => d.id === options.highlight);
    if (hi >= topN) {
      rows.push(valueRow(hi));
      shown.add(hi);
      y += ROW;
    }
    const rest = withValue.flatMap((d, i) => (shown.has(i) ? [] : [{ v: d.v, rank: ranks[i]! }]));
    if (rest.length) {
      const values = rest.map((r) => r.v);
      const min = Math.min(...values);
      const max = Math.max(...values);
      const median = d3median(values) ?? 0;
      rows.push({
        kind: 'others',
        id: 'others',
        count: rest.length,
        ranks: [rest[0]!.rank, rest[rest.length - 1]!.rank],
        median,
        min,
        max,
        y,
        x0: x(min),
        x1: x(max),
        xMedian: x(median),
      });
      y += ROW;
    }
    const hiMissing = without.find((d) => d.id === options.highlight);
    const missingRows: RankedMissing[] = [];
    if (hiMissing)
      missingRows.push({
        kind: 'missing',
        id: hiMissing.id,
        label: hiMissing.label,
        country: hiMissing.country,
        reason: hiMissing.reason,
        highlighted: true,
      });
    const restMissing = without.filter((d) => d !== hiMissing);
    if (restMissing.length) {
      const byReason: Partial<Record<MissingReason, number>> = {};
      for (const d of restMissing) byReason[d.reason] = (byReason[d.reason] ?? 0) + 1;
      missingRows.push({ kind: 'missing-group', id: 'missing', count: restMissing.length, byReason });
    }
    for (const row of missingRows)
      if (!listMissing) unlisted.push(row);
      else {
        rows.push({ ...row, y });
        y += ROW;
      }
  }
  const bottomAxisY = rows.length > LONG_FROM ? y + 4 : undefined;
  return {
    width,
    height: bottomAxisY === undefined ? y + 6 : bottomAxisY + BOTTOM_AXIS,
    x0: labelWidth,
    rowHeight: ROW,
    top: AXIS,
    rows,
    unlisted,
    labelsAbove,
    ...(bottomAxisY === undefined ? {} : { bottomAxisY }),
    ticks,
    n: withValue.length,
    missing: without.length,
    total: items.length,
    aggregated,
    topCount: topN,
  };
}
