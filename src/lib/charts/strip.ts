import { bin } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { MISSING_REASON_LABELS } from '../data/missing.ts';
import { summarize } from '../indicators/index.ts';
import type { IndicatorValue, MissingReason, Summary } from '../indicators/index.ts';
import { formatCount, formatValue, svgRoot } from './spec.ts';
import type { ChartSpec } from './spec.ts';
import { el } from './svg.ts';
import type { SvgNode } from './svg.ts';
import type { DataTable } from './table.ts';

/*
 * A distribution strip: every city a dot on one axis, the middle half (quartiles) as a band and the
 * median as a line, one city highlighted. Above `dotLimit` values the dots become counts per bin
 * (a histogram on the same axis). At n = 1 there is no distribution: only the one value is drawn.
 */

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
}

const MARGIN = 18;
const R = 4;
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
    .sort((a, b) => a.v - b.v || a.label.localeCompare(b.label, 'en'));
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

export function stripTable(marks: StripMarks, unit: string): DataTable {
  const s = marks.summary;
  const num = (v: number | undefined) => (v === undefined ? '' : Math.round(v * 100) / 100);
  const rows: (readonly (string | number)[])[] = [
    ['Cities with a value', s.n],
    ['Cities without a value', s.missing],
    ...(Object.entries(s.missingByReason) as [MissingReason, number][]).map(
      ([r, c]) => [`Of which: ${MISSING_REASON_LABELS[r].toLowerCase()}`, c] as const,
    ),
  ];
  if (s.n === 1) rows.push([`The one value (${unit})`, num(s.median)]);
  if (s.n >= 2)
    rows.push(
      [`Minimum (${unit})`, num(s.min)],
      [`Lower quartile (${unit})`, num(s.q1)],
      [`Median (${unit})`, num(s.median)],
      [`Upper quartile (${unit})`, num(s.q3)],
      [`Maximum (${unit})`, num(s.max)],
      ...marks.tableBins.map((b, i, all) =>
        b.from === b.to
          ? ([`Cities with ${b.from} ${unit}`, b.count] as const)
          : ([`Cities from ${b.from} to ${i === all.length - 1 ? '' : 'under '}${b.to} ${unit}`, b.count] as const),
      ),
    );
  return { columns: ['Measure', 'Value'], rows };
}

/** Rough width of a label at the charts' font size, for keeping labels inside the drawing. */
const textWidth = (s: string) => s.length * 6.6;

export interface StripChartInput {
  readonly id: string;
  readonly title: string;
  readonly measure: string;
  readonly items: readonly StripItem[];
  readonly options: StripOptions;
  readonly downloads?: ChartSpec['downloads'];
}

export function stripChart(input: StripChartInput): ChartSpec {
  const { id, title, options } = input;
  const unit = options.unit;
  const marks = layoutStrip(input.items, options);
  const s = marks.summary;
  const fmt = (v: number) => formatValue(v, unit);
  const hi = marks.highlight;
  const hiText = hi
    ? hi.value !== undefined
      ? `${hi.label}: ${fmt(hi.value)}`
      : `${hi.label}: no value (${MISSING_REASON_LABELS[hi.reason ?? 'not_given'].toLowerCase()})`
    : '';
  const notes: string[] = [];
  let summary: string;
  if (marks.mode === 'empty') {
    summary = `No city gives a value for the ${input.measure} yet${hi ? `; ${hiText}` : ''}.`;
  } else if (marks.mode === 'single') {
    summary = `One response so far gives the ${input.measure}${hi?.value !== undefined ? ` (${hiText})` : ''}: there is no distribution to compare with yet.`;
    notes.push('One response so far: only that value is drawn, with no median or quartiles.');
  } else {
    const where =
      hi?.value !== undefined && s.median !== undefined
        ? ` ${hiText}, ${hi.value > s.median ? 'above' : hi.value < s.median ? 'below' : 'at'} the median.`
        : hi
          ? ` ${hiText}.`
          : '';
    summary = `Across ${formatCount(s.n)} cities the median ${input.measure} is ${fmt(s.median!)}, the middle half between ${fmt(s.q1!)} and ${fmt(s.q3!)}.${where}`;
  }
  if (s.missing)
    notes.push(`${formatCount(s.missing)} ${s.missing === 1 ? 'city gives' : 'cities give'} no value: not drawn, and not counted as zero.`);
  if (marks.mode === 'bins')
    notes.push(
      `${formatCount(s.n)} values are too many to draw one dot each: bars count the cities in each ${marks.tableBins.every((b) => b.from === b.to) ? 'value' : 'interval'}.`,
    );

  const children: SvgNode[] = [];
  const { axisY, width } = marks;
  const plotTop = TOP - 4;
  if (marks.stats) {
    const { q1, median, q3 } = marks.stats;
    children.push(
      el('g', { class: 'stats', 'aria-hidden': 'true' }, [
        el('rect', { class: 'quartile-band', x: q1, y: plotTop, width: Math.max(1, q3 - q1), height: axisY - plotTop }),
        el(
          'text',
          { class: 'stat-label', x: median, y: 12, 'text-anchor': median > width - 90 ? 'end' : median < 90 ? 'start' : 'middle' },
          `median ${fmt(s.median!)}`,
        ),
        // Quartile labels sit outside the band, clamped so they never leave the chart.
        el(
          'text',
          { class: 'stat-label stat-label--quartile', x: Math.max(q1 - 3, textWidth(`Q1 ${fmt(s.q1!)}`)), y: 25, 'text-anchor': 'end' },
          `Q1 ${fmt(s.q1!)}`,
        ),
        el(
          'text',
          {
            class: 'stat-label stat-label--quartile',
            x: Math.min(q3 + 3, width - textWidth(`Q3 ${fmt(s.q3!)}`)),
            y: 25,
            'text-anchor': 'start',
          },
          `Q3 ${fmt(s.q3!)}`,
        ),
      ]),
    );
  }
  if (marks.mode === 'empty')
    children.push(el('text', { class: 'empty-label', x: width / 2, y: axisY - 10, 'text-anchor': 'middle' }, 'No values yet'));
  children.push(
    el(
      'g',
      { class: 'dots' },
      marks.dots.map((d) =>
        options.compact && !d.highlighted
          ? el('circle', { cx: Math.round(d.x), cy: Math.round(d.y), r: R })
          : el('circle', {
              class: `mark dot${d.highlighted ? ' is-highlighted' : ''}`,
              cx: d.x,
              cy: d.y,
              r: d.highlighted ? R + 1.5 : R,
              'data-name': d.label,
              'data-tip': `${d.label}: ${fmt(d.value)}`,
            }),
      ),
    ),
  );
  if (marks.bins.length)
    children.push(
      el(
        'g',
        { class: 'bins' },
        marks.bins.map((b, i, all) =>
          el(
            'g',
            {
              class: 'bin',
              'data-tip':
                b.from === b.to
                  ? `${formatCount(b.count)} cities with ${fmt(b.from)}`
                  : `${formatCount(b.count)} cities from ${fmt(b.from)} to ${i === all.length - 1 ? '' : 'under '}${fmt(b.to)}`,
            },
            [
              el('rect', { class: 'mark bin-bar', x: b.x, y: b.y, width: b.width, height: Math.max(b.height, 0.5) }),
              b.count > 0 && b.width >= 18
                ? el('text', { class: 'bin-label', x: b.x + b.width / 2, y: b.y - 3, 'text-anchor': 'middle' }, formatCount(b.count))
                : undefined,
            ],
          ),
        ),
      ),
    );
  // The median line goes over the dots and bars, so it is never hidden behind them.
  if (marks.stats)
    children.push(
      el('line', {
        class: 'median-line',
        'aria-hidden': 'true',
        x1: marks.stats.median,
        x2: marks.stats.median,
        y1: plotTop - 4,
        y2: axisY,
      }),
    );
  children.push(
    el('g', { class: 'axis axis--x', 'aria-hidden': 'true' }, [
      el('line', { class: 'axis-line', x1: MARGIN, x2: width - MARGIN, y1: axisY, y2: axisY }),
      ...marks.ticks.flatMap((t) => [
        el('line', { class: 'tick', x1: t.x, x2: t.x, y1: axisY, y2: axisY + 4 }),
        el('text', { class: 'tick-label', x: t.x, y: axisY + 15, 'text-anchor': 'middle' }, unit === '%' ? `${t.value}%` : String(t.value)),
      ]),
    ]),
  );
  if (hi) {
    const hx = hi.x;
    children.push(
      hx !== undefined
        ? el('g', { class: 'highlight', 'aria-hidden': 'true' }, [
            el('path', { class: 'highlight-mark', d: `M${hx},${axisY + 18} l5,8 l-10,0 z` }),
            el(
              'text',
              { class: 'highlight-label', x: hx, y: axisY + 38, 'text-anchor': hx > width - 120 ? 'end' : hx < 120 ? 'start' : 'middle' },
              hiText,
            ),
          ])
        : el('text', { class: 'highlight-label highlight-label--missing', x: MARGIN, y: axisY + 38 }, hiText),
    );
  }
  return {
    id,
    kind: 'strip',
    title,
    summary,
    notes,
    svg: svgRoot(id, 'strip', title, summary, marks.width, marks.height, children),
    table: stripTable(marks, unit),
    ...(input.downloads ? { downloads: input.downloads } : {}),
    minWidth: 520,
  };
}
