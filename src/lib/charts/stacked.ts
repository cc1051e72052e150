import { scaleLinear } from 'd3-scale';
import { fillAttrs, legend, patternDefs } from './categories.ts';
import type { Category } from './categories.ts';
import { formatCount, svgRoot } from './spec.ts';
import type { ChartSpec } from './spec.ts';
import { el, truncate } from './svg.ts';
import type { SvgNode } from './svg.ts';
import type { DataTable } from './table.ts';

/*
 * Stacked 100% bars: for each row (a closed question, or a field), how many cities fall in each
 * category (yes / no / not answered / not legible / withheld). Counts, so they stay readable at any n.
 */

export interface StackedRow {
  readonly id: string;
  readonly label: string;
  readonly counts: Readonly<Record<string, number>>;
}

export interface StackedSegment {
  readonly key: string;
  readonly count: number;
  readonly share: number;
  readonly x: number;
  readonly width: number;
}

export interface StackedMarks {
  readonly width: number;
  readonly height: number;
  readonly x0: number;
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly total: number;
    readonly y: number;
    readonly segments: readonly StackedSegment[];
  }[];
  readonly ticks: readonly { readonly x: number; readonly value: number }[];
  readonly legendY: number;
}

const LABEL_WIDTH = 210;
const ROW = 24;
const AXIS = 24;

export function layoutStacked(rows: readonly StackedRow[], categories: readonly Category[], width = 640): StackedMarks {
  const x = scaleLinear()
    .domain([0, 1])
    .range([LABEL_WIDTH, width - 12]);
  let y = AXIS;
  const placed = rows.map((row) => {
    const total = categories.reduce((s, c) => s + (row.counts[c.key] ?? 0), 0);
    let acc = 0;
    const segments = categories.flatMap((c) => {
      const count = row.counts[c.key] ?? 0;
      if (!count) return [];
      const share = count / total;
      const seg = { key: c.key, count, share, x: x(acc), width: x(acc + share) - x(acc) };
      acc += share;
      return [seg];
    });
    const out = { id: row.id, label: row.label, total, y, segments };
    y += ROW;
    return out;
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((value) => ({ x: x(value), value }));
  return { width, height: y + 4, x0: LABEL_WIDTH, rows: placed, ticks, legendY: y + 10 };
}

export function stackedTable(marks: StackedMarks, categories: readonly Category[], rowHeader: string): DataTable {
  return {
    columns: [rowHeader, ...categories.map((c) => c.label), 'Total'],
    rows: marks.rows.map((r) => [r.label, ...categories.map((c) => r.segments.find((s) => s.key === c.key)?.count ?? 0), r.total]),
  };
}

export interface StackedChartInput {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly StackedRow[];
  readonly categories: readonly Category[];
  /** Header of the first table column, e.g. "Question". */
  readonly rowHeader: string;
  readonly width?: number;
  readonly downloads?: ChartSpec['downloads'];
}

export function stackedChart(input: StackedChartInput): ChartSpec {
  const { id, title, categories } = input;
  const marks = layoutStacked(input.rows, categories, input.width);
  const total = Math.max(0, ...marks.rows.map((r) => r.total));
  const label = (key: string) => categories.find((c) => c.key === key)?.label.toLowerCase() ?? key;
  const first = marks.rows[0];
  const top = first?.segments.reduce<StackedSegment | undefined>((a, b) => (!a || b.count > a.count ? b : a), undefined);
  const summary =
    marks.rows.length === 0
      ? 'No rows to show.'
      : total === 1
        ? `One response so far: each bar is that city's own answer${first && top ? ` (${first.label}: ${label(top.key)})` : ''}.`
        : `How ${formatCount(total)} cities answered ${marks.rows.length === 1 ? 'this question' : `${marks.rows.length} items`}${first && top ? `; for ${first.label} the most common answer is ${label(top.key)} (${formatCount(top.count)} of ${formatCount(first.total)})` : ''}.`;
  const notes = total === 1 ? ['One response so far: each bar shows that city’s answer, not a share of many.'] : [];
  const children: SvgNode[] = [patternDefs(id, categories)];
  children.push(
    el('g', { class: 'axis axis--x', 'aria-hidden': 'true' }, [
      ...marks.ticks.map((t) => el('line', { class: 'grid', x1: t.x, x2: t.x, y1: AXIS - 4, y2: marks.height - 4 })),
      ...marks.ticks.map((t) =>
        el(
          'text',
          { class: 'tick-label', x: t.x, y: AXIS - 10, 'text-anchor': t.value === 1 ? 'end' : t.value === 0 ? 'start' : 'middle' },
          `${t.value * 100}%`,
        ),
      ),
    ]),
  );
  children.push(
    el(
      'g',
      { class: 'rows' },
      marks.rows.map((r) =>
        el('g', { class: 'row', transform: `translate(0,${r.y})`, 'data-id': r.id }, [
          el('text', { class: 'row-label', x: marks.x0 - 8, y: ROW / 2 + 4, 'text-anchor': 'end' }, truncate(r.label, 34)),
          ...r.segments.map((s) => {
            const c = categories.find((k) => k.key === s.key) as Category;
            const pct = Math.round(s.share * 100);
            return el(
              'g',
              { class: 'segment', 'data-tip': `${r.label} — ${c.label}: ${formatCount(s.count)} of ${formatCount(r.total)} (${pct}%)` },
              [
                el('rect', { ...fillAttrs(id, c), x: s.x, y: 3, width: Math.max(s.width, 0.5), height: ROW - 6 }),
                s.width >= 40
                  ? el(
                      'text',
                      { class: `segment-label on-${c.tone}`, x: s.x + s.width / 2, y: ROW / 2 + 4, 'text-anchor': 'middle' },
                      `${c.symbol} ${pct}%`,
                    )
                  : undefined,
              ],
            );
          }),
        ]),
      ),
    ),
  );
  const leg = legend(id, categories, marks.x0, marks.legendY, marks.width - marks.x0);
  children.push(leg.node);
  return {
    id,
    kind: 'stacked',
    title,
    summary,
    notes,
    svg: svgRoot(id, 'stacked', title, summary, marks.width, marks.legendY + leg.height + 4, children),
    table: stackedTable(marks, categories, input.rowHeader),
    ...(input.downloads ? { downloads: input.downloads } : {}),
    minWidth: 560,
  };
}
