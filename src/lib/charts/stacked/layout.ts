import { scaleLinear } from 'd3-scale';
import type { Category } from '../categories.ts';

/*
 * Stacked 100% bars, layout: for each row (a closed question, or a field), how many cities fall in
 * each category (yes / no / not answered / not legible / withheld), as segments side by side.
 * Counts, so they stay readable at any n.
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
  readonly rowHeight: number;
  /** Baseline of the axis labels above the rows. */
  readonly top: number;
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly total: number;
    readonly y: number;
    readonly segments: readonly StackedSegment[];
  }[];
  readonly ticks: readonly { readonly x: number; readonly value: number }[];
  readonly legendY: number;
  /** Row labels on a line above each bar, the bars the full width (narrow frames). */
  readonly labelsAbove: boolean;
}

const LABEL_WIDTH = 210;
const ROW = 24;
/** With labels above: the label line, then the bar. */
const ROW_ABOVE = 38;
const AXIS = 24;

export function layoutStacked(
  rows: readonly StackedRow[],
  categories: readonly Category[],
  width = 640,
  options: { readonly labelsAbove?: boolean } = {},
): StackedMarks {
  const labelsAbove = options.labelsAbove ?? false;
  const x0 = labelsAbove ? 4 : LABEL_WIDTH;
  const rowHeight = labelsAbove ? ROW_ABOVE : ROW;
  const x = scaleLinear()
    .domain([0, 1])
    .range([x0, width - 12]);
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
    y += rowHeight;
    return out;
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((value) => ({ x: x(value), value }));
  return { width, height: y + 4, x0, rowHeight, top: AXIS, rows: placed, ticks, legendY: y + 10, labelsAbove };
}
