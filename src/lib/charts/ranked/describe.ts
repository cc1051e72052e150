import type { TextI18n } from '../../../i18n/index.ts';
import type { MissingReason } from '../../indicators/index.ts';
import { MIN_CHARTED, fewValuesSentence, noValueLine } from '../few.ts';
import { formatCount, formatTally, formatTick, formatValue, unitWord } from '../format.ts';
import type { ChartWords } from '../spec.ts';
import type { DataTable } from '../table.ts';
import type { RankedMarks, RankedMissing, RankedRow } from './layout.ts';

/*
 * Ranked bars, description: the summary, the notes, the words on and around each row, and the data
 * table, all from the `charts.ranked` catalogue messages.
 */

export interface RankedDescribeInput {
  /** What is measured, e.g. "share of services offered online". */
  readonly measure: string;
  readonly unit: string;
  readonly highlight?: string | undefined;
}

/** The words the renderer puts on the chart, one function per place. */
export interface RankedLabels {
  readonly tick: (value: number) => string;
  /** The row's name: a city's name, or what an aggregated row stands for. */
  readonly name: (row: RankedRow | RankedMissing) => string;
  /** The text after the bar (its value), or in place of it (why there is none). */
  readonly value: (row: RankedRow | RankedMissing) => string;
  /** The tooltip. */
  readonly tip: (row: RankedRow | RankedMissing) => string;
}

/** Why a value is missing, in a few lower-case words ("withheld"). Handed in: the compare page has it from its own page. */
export type ReasonText = (reason: MissingReason) => string;

const reasonTally = (i18n: TextI18n, reasonText: ReasonText, byReason: Readonly<Partial<Record<MissingReason, number>>>) =>
  formatTally(
    i18n,
    (Object.entries(byReason) as [MissingReason, number][]).map(([reason, count]) =>
      i18n.t('charts.tally', { count: formatCount(i18n, count), what: reasonText(reason) }),
    ),
  );

/** Every city without a value, drawn or not, by reason. */
function missingReasons(marks: RankedMarks): Partial<Record<MissingReason, number>> {
  const byReason: Partial<Record<MissingReason, number>> = {};
  for (const r of [...marks.rows, ...marks.unlisted]) {
    const counts = r.kind === 'missing' ? { [r.reason]: 1 } : r.kind === 'missing-group' ? r.byReason : {};
    for (const [reason, n] of Object.entries(counts) as [MissingReason, number][]) byReason[reason] = (byReason[reason] ?? 0) + n;
  }
  return byReason;
}

export function describeRanked(marks: RankedMarks, input: RankedDescribeInput, i18n: TextI18n, reasonText: ReasonText): ChartWords {
  const value = (v: number) => formatValue(i18n, v, input.unit);
  const valueRows = marks.rows.filter((r) => r.kind === 'value');
  const first = valueRows[0];
  const notes: string[] = [];
  const summary =
    marks.n < MIN_CHARTED || !first
      ? fewValuesSentence(
          i18n,
          input.measure,
          valueRows.map((r) => ({ label: r.label, value: value(r.value) })),
          marks.total,
        )
      : i18n.t('charts.ranked.summary', {
          n: marks.n,
          total: marks.total,
          measure: input.measure,
          city: first.label,
          value: value(first.value),
        });
  const hiMissing = [...marks.rows, ...marks.unlisted].find((r) => r.kind === 'missing' && r.highlighted);
  if (hiMissing?.kind === 'missing')
    notes.push(i18n.t('charts.ranked.noteHighlightMissing', { city: hiMissing.label, reason: reasonText(hiMissing.reason) }));
  if (marks.missing && marks.n >= MIN_CHARTED) notes.push(noValueLine(i18n, missingReasons(marks), reasonText));
  const lastTop = valueRows[Math.min(marks.topCount, valueRows.length) - 1];
  const others = marks.rows.find((r) => r.kind === 'others');
  if (marks.aggregated && lastTop?.kind === 'value' && others?.kind === 'others' && others.max === lastTop.value)
    notes.push(i18n.t('charts.ranked.noteTies', { value: value(lastTop.value) }));
  if (marks.aggregated)
    notes.push(
      i18n.t(input.highlight ? 'charts.ranked.noteAggregatedHighlight' : 'charts.ranked.noteAggregated', {
        total: marks.total,
        top: marks.topCount,
      }),
    );
  return { summary, notes };
}

export function rankedLabels(marks: RankedMarks, unit: string, i18n: TextI18n, reasonText: ReasonText): RankedLabels {
  const value = (v: number) => formatValue(i18n, v, unit);
  return {
    tick: (v) => formatTick(i18n, v, unit),
    name: (r) => {
      switch (r.kind) {
        case 'value':
        case 'missing':
          return r.label;
        case 'others':
          return i18n.t('charts.ranked.othersName', { count: r.count });
        case 'missing-group':
          return i18n.t('charts.ranked.missingGroupName', { count: r.count });
      }
    },
    value: (r) => {
      switch (r.kind) {
        case 'value':
          return value(r.value);
        case 'missing':
          return i18n.t('charts.noValue', { reason: reasonText(r.reason) });
        case 'others':
          return i18n.t('charts.median', { value: value(r.median) });
        case 'missing-group':
          return i18n.t('charts.noValue', { reason: reasonTally(i18n, reasonText, r.byReason) });
      }
    },
    tip: (r) => {
      switch (r.kind) {
        case 'value':
          return i18n.t('charts.ranked.tipValue', { city: r.label, country: r.country, value: value(r.value), rank: r.rank, n: marks.n });
        case 'missing':
          return i18n.t('charts.ranked.tipMissing', { city: r.label, country: r.country, reason: reasonText(r.reason) });
        case 'others':
          return i18n.t('charts.ranked.tipOthers', {
            count: r.count,
            from: r.ranks[0],
            to: r.ranks[1],
            median: value(r.median),
            min: value(r.min),
            max: value(r.max),
          });
        case 'missing-group':
          return i18n.t('charts.ranked.tipMissingGroup', { count: r.count, reasons: reasonTally(i18n, reasonText, r.byReason) });
      }
    },
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function rankedTable(marks: RankedMarks, unit: string, i18n: TextI18n, reasonText: ReasonText): DataTable {
  const t: TextI18n['t'] = (key, params) => i18n.t(key, params);
  return {
    columns: [
      t('charts.ranked.table.rank'),
      t('charts.ranked.table.city'),
      t('charts.ranked.table.country'),
      t('charts.ranked.table.value', { unit: unitWord(i18n, unit) }),
      t('charts.ranked.table.note'),
    ],
    // Every city: the drawn rows, then those without a value (drawn on the compare page only).
    rows: [...marks.rows, ...marks.unlisted].map((r: RankedRow | RankedMissing) => {
      switch (r.kind) {
        case 'value':
          return [r.rank, r.label, r.country, r.value, r.highlighted ? t('charts.ranked.table.highlighted') : ''];
        case 'missing':
          return ['', r.label, r.country, '', t('charts.noValue', { reason: reasonText(r.reason) })];
        case 'others':
          return [
            t('charts.ranked.table.rankRange', { from: String(r.ranks[0]), to: String(r.ranks[1]) }),
            t('charts.ranked.table.others', { count: r.count }),
            '',
            r.median,
            t('charts.ranked.table.othersNote', { min: String(round2(r.min)), max: String(round2(r.max)) }),
          ];
        case 'missing-group':
          return ['', t('charts.ranked.table.missingGroup', { count: r.count }), '', '', reasonTally(i18n, reasonText, r.byReason)];
      }
    }),
  };
}
