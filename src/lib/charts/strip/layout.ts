import { bin } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { summarize } from '../../indicators/index.ts';
import type { IndicatorValue, MissingReason, Summary } from '../../indicators/index.ts';

/*
 * A distribution strip, layout: every city a dot on one axis, the middle half (quartiles) as a band
 * and the median as a line, one city highlighted. Above `dotLimit` values the dots become counts
 * per bin (a histogram on the same axis). At n = 1 there is no distribution: only the one value.
 */

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface StripItem {
  readonly id: string;
  readonly label: string;
  readonly value: IndicatorValue;
}

export interface StripOptions {
  readonly unit: string;
  readonly max?: number;
  readonly width?: number;
  readonly highlight?: string;
  readonly dotLimit?: number;
  /** Bare dots (no tooltip or name) except the highlighted one: keeps profile pages light. */
  readonly compact?: boolean;
  /** Order of names among equal values: the locale's collation (the chart passes `i18n.compare`). */
  readonly compare?: (a: string, b: string) => number;
}

export interface StripDot {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly x: number;
  /** Vertical centre of the dot (dots dodge each other so none hides another). */
  readonly y: number;
  readonly highlighted: boolean;
}

export interface StripBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
}

export interface StripMarks {
  readonly mode: 'empty' | 'single' | 'dots' | 'bins';
  readonly width: number;
  readonly height: number;
  /** Baseline of the dots / bins (the axis). */
  readonly axisY: number;
  readonly dots: readonly StripDot[];
  readonly bins: readonly StripBin[];
  readonly ticks: readonly { readonly x: number; readonly value: number }[];
  readonly summary: Summary;
  /** Positions of the quartiles and median, when there are at least two values. */
  readonly stats?: { readonly q1: number; readonly median: number; readonly q3: number };
  readonly highlight?: {
    readonly id: string;
    readonly label: string;
    readonly x?: number;
    readonly value?: number;
    readonly reason?: MissingReason;
  };
  /** The bins the table counts (the same in every mode, so the download does not depend on n). */
  readonly tableBins: readonly { readonly from: number; readonly to: number; readonly count: number }[];
  /** Top of the plot area (the statistics labels are above it), and the drawn dot radius. */
  readonly plotTop: number;
  readonly margin: number;
  readonly radius: number;
}

export const MARGIN = 18;
export const R = 4;
const TOP = 34;
/** Dots stack at most this high; taller stacks switch the strip to counts per bin. */
const MAX_LEVELS = 12;

type BaseMarks = Omit<StripMarks, 'highlight'> & { readonly byId: ReadonlyMap<string, StripItem>; readonly scale: (v: number) => number };
const baseCache = new WeakMap<readonly StripItem[], Map<string, BaseMarks>>();

/**
 * Everything but the highlight, cached per items array: a profile page only adds its own city, so
 * 5,000 profiles do not sort and bin 5,000 values each.
 */
function baseStrip(items: readonly StripItem[], options: StripOptions): BaseMarks {
  const key = JSON.stringify([options.unit, options.max, options.width, options.dotLimit]);
  let byKey = baseCache.get(items);
  if (!byKey) baseCache.set(items, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const width = options.width ?? 640;
  const dotLimit = options.dotLimit ?? 300;
  const summary = summarize(items.map((i) => i.value));
  const present = items
    .flatMap((i) => (i.value.kind === 'value' ? [{ id: i.id, label: i.label, v: i.value.value }] : []))
    .sort((a, b) => a.v - b.v || (options.compare ?? byCodePoint)(a.label, b.label));
  const maxValue = present.at(-1)?.v ?? 0;
  // The scale runs to the largest possible value (100%) unless every value sits in its lower half,
  // where a full-range axis would crush the dots against zero (e.g. budget shares of 0.5–3%).
  const useMax = options.max !== undefined && maxValue > options.max / 2;
  const x = scaleLinear()
    .domain([0, useMax ? (options.max as number) : maxValue > 0 ? maxValue : 1])
    .range([MARGIN, width - MARGIN]);
  if (!useMax) x.nice();
  const ticks = x.ticks(width < 400 ? 4 : 6).map((value) => ({ x: x(value), value }));
  const [d0, d1] = x.domain() as [number, number];
  // Counts (portals, items) get one bin per whole number; measures get bins between round ticks, with
  // inner thresholds only, so the last bin includes the maximum (e.g. 90 to 100 %, 100 included).
  const discrete = present.every((p) => Number.isInteger(p.v)) && options.unit !== '%' && d1 <= 40;
  const thresholds = discrete
    ? Array.from({ length: Math.max(0, Math.ceil(d1)) }, (_, i) => i + 1)
    : x.ticks(options.max === 100 ? 10 : 8).filter((t) => t > d0 && t < d1);
  const binner = bin()
    .domain(discrete ? [d0, Math.ceil(d1) + 1] : [d0, d1])
    .thresholds(thresholds);
  const tableBins = binner(present.map((p) => p.v)).map((b) => ({
    from: b.x0 as number,
    to: discrete ? (b.x0 as number) : (b.x1 as number),
    count: b.length,
  }));

  // Dodge: each dot takes the level nearest the axis line where it does not overlap its left neighbour.
  const levelEnds: number[] = [];
  const placed: { d: (typeof present)[number]; level: number }[] = [];
  if (present.length <= dotLimit)
    for (const d of present) {
      const px = x(d.v);
      let level = levelEnds.findIndex((end) => px - end >= 2 * R + 0.5);
      if (level === -1) level = levelEnds.length;
      levelEnds[level] = px;
      placed.push({ d, level });
    }
  // Too many values, or stacks too tall to count by eye: draw counts per bin instead of dots.
  const mode: StripMarks['mode'] =
    present.length === 0
      ? 'empty'
      : present.length === 1
        ? 'single'
        : present.length <= dotLimit && levelEnds.length <= MAX_LEVELS
          ? 'dots'
          : 'bins';
  let dots: StripDot[] = [];
  let bins: StripBin[] = [];
  let band = 2 * R + 4;
  if (mode === 'single' || mode === 'dots') {
    band = Math.max(1, levelEnds.length) * (2 * R - 1) + 4;
    dots = placed.map(({ d, level }) => ({
      id: d.id,
      label: d.label,
      value: d.v,
      x: x(d.v),
      y: TOP + band - R - 2 - level * (2 * R - 1),
      highlighted: false,
    }));
  } else if (mode === 'bins') {
    band = 64;
    const most = Math.max(...tableBins.map((b) => b.count), 1);
    const step = discrete ? x(1) - x(0) : 0;
    bins = tableBins.map((b) => {
      const h = b.count ? Math.max(2, (b.count / most) * (band - 14)) : 0;
      const [left, w] = discrete
        ? [x(b.from) - Math.min(step * 0.35, 14), Math.min(step * 0.7, 28)]
        : [x(b.from) + 1, Math.max(1, x(b.to) - x(b.from) - 2)];
      return { ...b, x: left, width: w, y: TOP + band - h, height: h };
    });
  }
  const axisY = TOP + band + 2;
  const stats =
    present.length >= 2 && summary.q1 !== undefined && summary.median !== undefined && summary.q3 !== undefined
      ? { q1: x(summary.q1), median: x(summary.median), q3: x(summary.q3) }
      : undefined;
  const base: BaseMarks = {
    mode,
    width,
    height: axisY + 24,
    axisY,
    dots,
    bins,
    ticks,
    summary,
    ...(stats ? { stats } : {}),
    tableBins,
    plotTop: TOP - 4,
    margin: MARGIN,
    radius: R,
    byId: new Map(items.map((i) => [i.id, i])),
    scale: (v: number) => x(v),
  };
  byKey.set(key, base);
  return base;
}

export function layoutStrip(items: readonly StripItem[], options: StripOptions): StripMarks {
  const base = baseStrip(items, options);
  const { byId, scale, ...marks } = base;
  const hiItem = options.highlight === undefined ? undefined : byId.get(options.highlight);
  if (!hiItem) return marks;
  const highlight =
    hiItem.value.kind === 'value'
      ? { id: hiItem.id, label: hiItem.label, x: scale(hiItem.value.value), value: hiItem.value.value }
      : { id: hiItem.id, label: hiItem.label, reason: hiItem.value.reason };
  return {
    ...marks,
    height: marks.axisY + 44,
    dots: marks.dots.map((d) => (d.id === hiItem.id ? { ...d, highlighted: true } : d)),
    highlight,
  };
}
