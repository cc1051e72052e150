import { median as d3median } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { IndicatorValue, MissingReason } from '../indicators/index.ts';
import { MISSING_REASON_LABELS } from '../data/missing.ts';
import { svgRoot, formatCount, formatValue } from './spec.ts';
import type { ChartSpec } from './spec.ts';
import { el, truncate } from './svg.ts';
import type { SvgNode } from './svg.ts';
import type { DataTable } from './table.ts';

/*
 * Ranked bars: one row per city, largest value first, cities without a value listed after them
 * (never drawn as zero). Above `limit` cities the chart shows the top `top`, the highlighted city
 * with its rank, and one aggregated row for all others (their median and range).
 */

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
}

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
  | {
      readonly kind: 'missing';
      readonly id: string;
      readonly label: string;
      readonly country: string;
      readonly href?: string;
      readonly reason: MissingReason;
      readonly y: number;
      readonly highlighted: boolean;
    }
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
  | {
      readonly kind: 'missing-group';
      readonly id: 'missing';
      readonly count: number;
      readonly byReason: Readonly<Partial<Record<MissingReason, number>>>;
      readonly y: number;
    };

export interface RankedMarks {
  readonly width: number;
  readonly height: number;
  /** Left edge of the bars (the label column is to its left). */
  readonly x0: number;
  readonly rowHeight: number;
  readonly top: number;
  readonly rows: readonly RankedRow[];
  readonly ticks: readonly { readonly x: number; readonly value: number; readonly label: string }[];
  /** Cities with a value / without one / in total. */
  readonly n: number;
  readonly missing: number;
  readonly total: number;
  readonly aggregated: boolean;
}

const LABEL_WIDTH = 170;
const VALUE_GUTTER = 62;
const ROW_HEIGHT = 18;
/** Rows get tighter when there are many, so 200 cities stay a scrollable length. */
const DENSE_ROW = 14;
const DENSE_FROM = 60;
const AXIS = 26;

export function layoutRanked(items: readonly RankedItem[], options: RankedOptions): RankedMarks {
  const width = options.width ?? 640;
  const limit = options.limit ?? 200;
  const topN = options.top ?? 30;
  const withValue = items
    .flatMap((i) => (i.value.kind === 'value' ? [{ ...i, v: i.value.value }] : []))
    .sort((a, b) => b.v - a.v || a.label.localeCompare(b.label, 'en'));
  const without = items
    .flatMap((i) => (i.value.kind === 'missing' ? [{ ...i, reason: i.value.reason }] : []))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  // Competition ranking: equal values share a rank (1, 2, 2, 4).
  const ranks: number[] = [];
  withValue.forEach((d, i) => ranks.push(i > 0 && d.v === withValue[i - 1]!.v ? ranks[i - 1]! : i + 1));

  const maxValue = withValue[0]?.v ?? 0;
  const domainMax = options.max ?? (maxValue > 0 ? maxValue : 1);
  const x = scaleLinear()
    .domain([0, domainMax])
    .range([LABEL_WIDTH, width - VALUE_GUTTER]);
  if (options.max === undefined) x.nice();
  const ticks = x.ticks(5).map((value) => ({ x: x(value), value, label: String(value) }));

  const aggregated = items.length > limit;
  const ROW = !aggregated && items.length > DENSE_FROM ? DENSE_ROW : ROW_HEIGHT;
  const rows: RankedRow[] = [];
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
      barWidth: Math.max(0, x(d.v) - LABEL_WIDTH),
      highlighted: d.id === options.highlight,
    };
  };
  if (!aggregated) {
    for (let i = 0; i < withValue.length; i++, y += ROW) rows.push(valueRow(i));
    for (const d of without) {
      rows.push({
        kind: 'missing',
        id: d.id,
        label: d.label,
        country: d.country,
        ...(d.href ? { href: d.href } : {}),
        reason: d.reason,
        y,
        highlighted: d.id === options.highlight,
      });
      y += ROW;
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
      const median = d3median(values) as number;
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
    if (hiMissing) {
      rows.push({
        kind: 'missing',
        id: hiMissing.id,
        label: hiMissing.label,
        country: hiMissing.country,
        reason: hiMissing.reason,
        y,
        highlighted: true,
      });
      y += ROW;
    }
    const restMissing = without.filter((d) => d !== hiMissing);
    if (restMissing.length) {
      const byReason: Partial<Record<MissingReason, number>> = {};
      for (const d of restMissing) byReason[d.reason] = (byReason[d.reason] ?? 0) + 1;
      rows.push({ kind: 'missing-group', id: 'missing', count: restMissing.length, byReason, y });
      y += ROW;
    }
  }
  return {
    width,
    height: y + 6,
    x0: LABEL_WIDTH,
    rowHeight: ROW,
    top: AXIS,
    rows,
    ticks,
    n: withValue.length,
    missing: without.length,
    total: items.length,
    aggregated,
  };
}

const reasonList = (byReason: Readonly<Partial<Record<MissingReason, number>>>) =>
  (Object.entries(byReason) as [MissingReason, number][])
    .map(([r, c]) => `${formatCount(c)} ${MISSING_REASON_LABELS[r].toLowerCase()}`)
    .join(', ');

export function rankedTable(marks: RankedMarks, unit: string): DataTable {
  return {
    columns: ['Rank', 'City', 'Country', `Value (${unit})`, 'Note'],
    rows: marks.rows.map((r) => {
      switch (r.kind) {
        case 'value':
          return [r.rank, r.label, r.country, r.value, r.highlighted ? 'highlighted' : ''];
        case 'missing':
          return ['', r.label, r.country, '', `no value: ${MISSING_REASON_LABELS[r.reason].toLowerCase()}`];
        case 'others':
          return [
            `${r.ranks[0]}–${r.ranks[1]}`,
            `${formatCount(r.count)} other cities`,
            '',
            r.median,
            `median of the group; range ${Math.round(r.min * 100) / 100}–${Math.round(r.max * 100) / 100}`,
          ];
        case 'missing-group':
          return ['', `${formatCount(r.count)} cities without a value`, '', '', reasonList(r.byReason)];
      }
    }),
  };
}

export interface RankedChartInput {
  readonly id: string;
  readonly title: string;
  /** What is measured, e.g. "share of services offered online". */
  readonly measure: string;
  readonly items: readonly RankedItem[];
  readonly options: RankedOptions;
  readonly downloads?: ChartSpec['downloads'];
}

export function rankedChart(input: RankedChartInput): ChartSpec {
  const { id, title, options } = input;
  const marks = layoutRanked(input.items, options);
  const unit = options.unit;
  const fmt = (v: number) => formatValue(v, unit);
  const first = marks.rows.find((r) => r.kind === 'value');
  const notes: string[] = [];
  let summary: string;
  if (marks.total === 1) {
    const only = marks.rows[0];
    summary =
      only?.kind === 'value'
        ? `One response so far: ${only.label} gives ${fmt(only.value)}, so there is nothing to rank yet.`
        : `One response so far, and it gives no value.`;
    notes.push('One response so far: the chart shows that city’s own value, not a ranking.');
  } else if (first?.kind === 'value') {
    summary = `${formatCount(marks.n)} of ${formatCount(marks.total)} cities give a value for the ${input.measure}; ${first.label} ranks first with ${fmt(first.value)}.`;
  } else {
    summary = `None of the ${formatCount(marks.total)} cities gives a value for the ${input.measure}.`;
  }
  if (marks.missing)
    notes.push(
      `${formatCount(marks.missing)} ${marks.missing === 1 ? 'city gives' : 'cities give'} no value: listed after the bars, never counted as zero.`,
    );
  const topRows = marks.rows.filter((r) => r.kind === 'value');
  const lastTop = topRows[Math.min(options.top ?? 30, topRows.length) - 1];
  const others = marks.rows.find((r) => r.kind === 'others');
  if (marks.aggregated && lastTop?.kind === 'value' && others?.kind === 'others' && others.max === lastTop.value)
    notes.push(
      `More cities share the value ${fmt(lastTop.value)} than the top rows can show; tied cities are listed by name, the rest are in the others row.`,
    );
  if (marks.aggregated)
    notes.push(
      `With ${formatCount(marks.total)} cities, the chart shows the top ${options.top ?? 30}${options.highlight ? ' and the highlighted city' : ''}; the others are drawn as one row (their median and range).`,
    );

  const children: SvgNode[] = [];
  // Axis along the top with gridlines from the scale's ticks.
  children.push(
    el('g', { class: 'axis axis--x', 'aria-hidden': 'true' }, [
      ...marks.ticks.map((t) => el('line', { class: 'grid', x1: t.x, x2: t.x, y1: marks.top - 4, y2: marks.height - 4 })),
      ...marks.ticks.map((t) =>
        el('text', { class: 'tick-label', x: t.x, y: marks.top - 10, 'text-anchor': 'middle' }, unit === '%' ? `${t.label}%` : t.label),
      ),
    ]),
  );
  const rowNodes = marks.rows.map((r): SvgNode => {
    if (r.kind === 'value') {
      const tip = `${r.label}, ${r.country}: ${fmt(r.value)} (rank ${r.rank} of ${marks.n})`;
      return el(
        'g',
        {
          class: `row${r.highlighted ? ' is-highlighted' : ''}`,
          transform: `translate(0,${r.y})`,
          'data-id': r.id,
          'data-tip': tip,
          'data-name': r.label,
          'data-value': r.value,
        },
        [
          el(
            'text',
            { class: 'row-label', x: marks.x0 - 8, y: marks.rowHeight / 2 + 4, 'text-anchor': 'end' },
            `${r.highlighted ? '▶ ' : ''}${truncate(r.label, 22)}`,
          ),
          el('rect', { class: 'mark bar', x: marks.x0, y: 3, width: Math.max(r.barWidth, 1), height: marks.rowHeight - 6 }),
          el('text', { class: 'value-label', x: marks.x0 + r.barWidth + 5, y: marks.rowHeight / 2 + 4 }, fmt(r.value)),
        ],
      );
    }
    if (r.kind === 'missing') {
      return el(
        'g',
        {
          class: `row row--missing${r.highlighted ? ' is-highlighted' : ''}`,
          transform: `translate(0,${r.y})`,
          'data-id': r.id,
          'data-tip': `${r.label}, ${r.country}: no value (${MISSING_REASON_LABELS[r.reason].toLowerCase()})`,
          'data-name': r.label,
          'data-value': '',
        },
        [
          el(
            'text',
            { class: 'row-label', x: marks.x0 - 8, y: marks.rowHeight / 2 + 4, 'text-anchor': 'end' },
            `${r.highlighted ? '▶ ' : ''}${truncate(r.label, 22)}`,
          ),
          el(
            'text',
            { class: 'missing-label', x: marks.x0 + 4, y: marks.rowHeight / 2 + 4 },
            `no value: ${MISSING_REASON_LABELS[r.reason].toLowerCase()}`,
          ),
        ],
      );
    }
    if (r.kind === 'others') {
      return el(
        'g',
        {
          class: 'row row--others',
          transform: `translate(0,${r.y})`,
          'data-tip': `${formatCount(r.count)} other cities (ranks ${r.ranks[0]}–${r.ranks[1]}): median ${fmt(r.median)}, range ${fmt(r.min)}–${fmt(r.max)}`,
        },
        [
          el(
            'text',
            { class: 'row-label', x: marks.x0 - 8, y: marks.rowHeight / 2 + 4, 'text-anchor': 'end' },
            `${formatCount(r.count)} others`,
          ),
          el('line', { class: 'range', x1: r.x0, x2: r.x1, y1: marks.rowHeight / 2, y2: marks.rowHeight / 2 }),
          el('path', {
            class: 'median-mark',
            d: `M${r.xMedian},3 l4,${(marks.rowHeight - 6) / 2} l-4,${(marks.rowHeight - 6) / 2} l-4,-${(marks.rowHeight - 6) / 2} z`,
          }),
          el('text', { class: 'value-label', x: Math.max(r.x1, r.xMedian + 6) + 5, y: marks.rowHeight / 2 + 4 }, `median ${fmt(r.median)}`),
        ],
      );
    }
    return el(
      'g',
      {
        class: 'row row--missing',
        transform: `translate(0,${r.y})`,
        'data-tip': `${formatCount(r.count)} cities without a value: ${reasonList(r.byReason)}`,
      },
      [
        el(
          'text',
          { class: 'row-label', x: marks.x0 - 8, y: marks.rowHeight / 2 + 4, 'text-anchor': 'end' },
          `${formatCount(r.count)} without`,
        ),
        el('text', { class: 'missing-label', x: marks.x0 + 4, y: marks.rowHeight / 2 + 4 }, `no value: ${reasonList(r.byReason)}`),
      ],
    );
  });
  children.push(el('g', { class: 'rows', 'data-sortable': marks.aggregated ? undefined : 'true' }, rowNodes));
  return {
    id,
    kind: 'ranked',
    title,
    summary,
    notes,
    svg: svgRoot(id, 'ranked', title, summary, marks.width, marks.height, children),
    table: rankedTable(marks, unit),
    ...(input.downloads ? { downloads: input.downloads } : {}),
    minWidth: 520,
  };
}
