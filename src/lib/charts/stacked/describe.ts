import type { TextI18n } from '../../../i18n/index.ts';
import type { Category } from '../categories.ts';
import { formatShare } from '../format.ts';
import type { ChartWords } from '../spec.ts';
import type { DataTable } from '../table.ts';
import type { StackedMarks, StackedSegment } from './layout.ts';

/* Stacked bars, description: summary, notes, segment words and the data table (`charts.stacked`). */

type PlacedRow = StackedMarks['rows'][number];

export interface StackedLabels {
  readonly tick: (share: number) => string;
  /** Written on a segment wide enough to hold it: the category's symbol and the share. */
  readonly segment: (segment: StackedSegment, category: Category) => string;
  readonly tip: (row: PlacedRow, segment: StackedSegment, category: Category) => string;
}

export function describeStacked(marks: StackedMarks, categories: readonly Category[], i18n: TextI18n): ChartWords {
  const total = Math.max(0, ...marks.rows.map((r) => r.total));
  // The answer as its option is labelled (sentence case, quoted in the message), not lower-cased.
  const answer = (key: string) => categories.find((c) => c.key === key)?.label ?? key;
  const first = marks.rows[0];
  const top = first?.segments.reduce<StackedSegment | undefined>((a, b) => (!a || b.count > a.count ? b : a), undefined);
  if (!first) return { summary: i18n.t('charts.stacked.summaryEmpty'), notes: [] };
  if (total === 1)
    return {
      summary: top
        ? i18n.t('charts.stacked.summaryOneWithAnswer', { row: first.label, answer: answer(top.key) })
        : i18n.t('charts.stacked.summaryOne'),
      notes: [],
    };
  const what =
    marks.rows.length === 1 ? i18n.t('charts.stacked.thisQuestion') : i18n.t('charts.stacked.items', { count: marks.rows.length });
  return {
    summary: top
      ? i18n.t('charts.stacked.summaryWithAnswer', {
          total,
          what,
          row: first.label,
          answer: answer(top.key),
          count: top.count,
          rowTotal: first.total,
        })
      : i18n.t('charts.stacked.summary', { total, what }),
    notes: [],
  };
}

export function stackedLabels(i18n: TextI18n): StackedLabels {
  return {
    tick: (share) => formatShare(i18n, share),
    segment: (s, c) => i18n.t('charts.symbolLabel', { symbol: c.symbol, label: formatShare(i18n, s.share) }),
    tip: (r, s, c) =>
      i18n.t('charts.stacked.tip', { row: r.label, category: c.label, count: s.count, total: r.total, share: formatShare(i18n, s.share) }),
  };
}

export function stackedTable(marks: StackedMarks, categories: readonly Category[], rowHeader: string, i18n: TextI18n): DataTable {
  return {
    columns: [rowHeader, ...categories.map((c) => c.label), i18n.t('charts.stacked.table.total')],
    rows: marks.rows.map((r) => [r.label, ...categories.map((c) => r.segments.find((s) => s.key === c.key)?.count ?? 0), r.total]),
  };
}
