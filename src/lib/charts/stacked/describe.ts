import type { TextI18n } from '../../../i18n/index.ts';
import type { Category } from '../categories.ts';
import { formatShare } from '../format.ts';
import type { ChartWords } from '../spec.ts';
import type { DataTable } from '../table.ts';
import type { StackedMarks, StackedSegment } from './layout.ts';
import { basisNote } from '../../data/evidence.ts';
import type { ClosedBases } from '../../data/evidence.ts';

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

const isYesNo = (key: string): key is 'yes' | 'no' => key === 'yes' || key === 'no';

/** The tally of how a row's yes or no answers were read, if the segment is one of those. */
const basisOf = (bases: ReadonlyMap<string, ClosedBases> | undefined, rowId: string, key: string) =>
  isYesNo(key) ? bases?.get(rowId)?.[key] : undefined;

export function stackedLabels(i18n: TextI18n, bases?: ReadonlyMap<string, ClosedBases>): StackedLabels {
  return {
    tick: (share) => formatShare(i18n, share),
    segment: (s, c) => i18n.t('charts.symbolLabel', { symbol: c.symbol, label: formatShare(i18n, s.share) }),
    tip: (r, s, c) => {
      const tip = i18n.t('charts.stacked.tip', {
        row: r.label,
        category: c.label,
        count: s.count,
        total: r.total,
        share: formatShare(i18n, s.share),
      });
      const basis = basisOf(bases, r.id, s.key);
      const note = basis ? basisNote(basis, i18n) : '';
      return note ? `${tip} ${note}` : tip;
    },
  };
}

/**
 * The counts of each category and the total; where any yes or no records how it was read, a
 * column for each way after the total ("Yes: box ticked", "Yes: written in the answer").
 */
export function stackedTable(
  marks: StackedMarks,
  categories: readonly Category[],
  rowHeader: string,
  i18n: TextI18n,
  bases?: ReadonlyMap<string, ClosedBases>,
): DataTable {
  const recorded = [...(bases?.values() ?? [])].some((b) => b.yes.ticked + b.yes.written + b.no.ticked + b.no.written > 0);
  const basisColumns = recorded
    ? categories.flatMap(({ key, label }) => (isYesNo(key) ? (['ticked', 'written'] as const).map((basis) => ({ key, basis, label })) : []))
    : [];
  return {
    columns: [
      rowHeader,
      ...categories.map((c) => c.label),
      i18n.t('charts.stacked.table.total'),
      ...basisColumns.map((b) => i18n.t('evidence.column', { answer: b.label, basis: i18n.t(`evidence.basis.${b.basis}`) })),
    ],
    rows: marks.rows.map((r) => [
      r.label,
      ...categories.map((c) => r.segments.find((s) => s.key === c.key)?.count ?? 0),
      r.total,
      ...basisColumns.map((b) => bases?.get(r.id)?.[b.key][b.basis] ?? 0),
    ]),
  };
}
