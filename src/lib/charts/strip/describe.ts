import type { TextI18n } from '../../../i18n/index.ts';
import type { MissingReason } from '../../indicators/index.ts';
import { formatTick, formatValue, unitWord } from '../format.ts';
import { MIN_CHARTED, fewValuesSentence, noValueLine } from '../few.ts';
import { missingReasonText } from '../reasons.ts';
import type { ChartWords } from '../spec.ts';
import type { DataTable } from '../table.ts';
import type { StripBin, StripDot, StripMarks } from './layout.ts';

/* Distribution strip, description: summary, notes, labels of the statistics, tips and the table (`charts.strip`). */

export interface StripLabels {
  readonly tick: (value: number) => string;
  readonly median: string;
  readonly q1: string;
  readonly q3: string;
  /** Under the axis: the highlighted city and its value (or why it has none). */
  readonly highlight: string;
  readonly empty: string;
  readonly dotTip: (dot: StripDot) => string;
  readonly binTip: (bin: StripBin, isLast: boolean) => string;
  readonly binCount: (bin: StripBin) => string;
}

function highlightText(marks: StripMarks, unit: string, i18n: TextI18n): string {
  const hi = marks.highlight;
  if (!hi) return '';
  return hi.value !== undefined
    ? i18n.t('charts.cityValue', { city: hi.label, value: formatValue(i18n, hi.value, unit) })
    : i18n.t('charts.strip.cityMissing', { city: hi.label, reason: missingReasonText(i18n, hi.reason ?? 'not_given') });
}

export function describeStrip(marks: StripMarks, input: { readonly measure: string; readonly unit: string }, i18n: TextI18n): ChartWords {
  const s = marks.summary;
  const value = (v: number) => formatValue(i18n, v, input.unit);
  const hi = marks.highlight;
  const highlight = highlightText(marks, input.unit, i18n);
  const { measure } = input;
  const notes: string[] = [];
  const reasonText = (r: MissingReason) => missingReasonText(i18n, r);
  if (s.n < MIN_CHARTED) {
    const values = marks.dots.map((d) => ({ label: d.label, value: value(d.value) }));
    const summary = fewValuesSentence(i18n, measure, values, s.n + s.missing);
    // The highlighted city is named in the list when it gave a value; else say why it is missing.
    return { summary: hi && hi.value === undefined ? `${summary} ${i18n.t('charts.sentence', { text: highlight })}` : summary, notes };
  }
  const where =
    hi?.value !== undefined && s.median !== undefined
      ? i18n.t(
          hi.value > s.median ? 'charts.strip.aboveMedian' : hi.value < s.median ? 'charts.strip.belowMedian' : 'charts.strip.atMedian',
          {
            highlight,
          },
        )
      : hi
        ? i18n.t('charts.sentence', { text: highlight })
        : '';
  const sentence = i18n.t('charts.strip.summary', {
    n: s.n,
    measure,
    median: value(s.median!),
    q1: value(s.q1!),
    q3: value(s.q3!),
  });
  if (s.missing) notes.push(noValueLine(i18n, s.missingByReason, reasonText));
  if (marks.mode === 'bins')
    notes.push(
      i18n.t(marks.tableBins.every((b) => b.from === b.to) ? 'charts.strip.noteBinsValues' : 'charts.strip.noteBinsIntervals', {
        count: s.n,
      }),
    );
  return { summary: where ? `${sentence} ${where}` : sentence, notes };
}

export function stripLabels(marks: StripMarks, unit: string, i18n: TextI18n): StripLabels {
  const s = marks.summary;
  const value = (v: number | undefined) => (v === undefined ? '' : formatValue(i18n, v, unit));
  return {
    tick: (v) => formatTick(i18n, v, unit),
    median: i18n.t('charts.median', { value: value(s.median) }),
    q1: i18n.t('charts.strip.q1', { value: value(s.q1) }),
    q3: i18n.t('charts.strip.q3', { value: value(s.q3) }),
    highlight: highlightText(marks, unit, i18n),
    empty: i18n.t('charts.strip.empty'),
    dotTip: (d) => i18n.t('charts.cityValue', { city: d.label, value: value(d.value) }),
    binTip: (b, isLast) =>
      b.from === b.to
        ? i18n.t('charts.strip.binTipValue', { count: b.count, value: value(b.from) })
        : i18n.t(isLast ? 'charts.strip.binTipRangeLast' : 'charts.strip.binTipRange', {
            count: b.count,
            from: value(b.from),
            to: value(b.to),
          }),
    binCount: (b) => i18n.number(b.count),
  };
}

export function stripTable(marks: StripMarks, unit: string, i18n: TextI18n): DataTable {
  const s = marks.summary;
  const num = (v: number | undefined) => (v === undefined ? '' : Math.round(v * 100) / 100);
  const t: TextI18n['t'] = (key, params) => i18n.t(key, params);
  const rows: (readonly (string | number)[])[] = [
    [t('charts.strip.table.withValue'), s.n],
    [t('charts.strip.table.withoutValue'), s.missing],
    ...(Object.entries(s.missingByReason) as [MissingReason, number][]).map(
      ([r, c]) => [t('charts.strip.table.ofWhich', { reason: missingReasonText(i18n, r) }), c] as const,
    ),
  ];
  if (s.n === 1) rows.push([t('charts.strip.table.oneValue', { unit: unitWord(i18n, unit) }), num(s.median)]);
  if (s.n >= 2)
    rows.push(
      [t('charts.strip.table.min', { unit: unitWord(i18n, unit) }), num(s.min)],
      [t('charts.strip.table.q1', { unit: unitWord(i18n, unit) }), num(s.q1)],
      [t('charts.strip.table.median', { unit: unitWord(i18n, unit) }), num(s.median)],
      [t('charts.strip.table.q3', { unit: unitWord(i18n, unit) }), num(s.q3)],
      [t('charts.strip.table.max', { unit: unitWord(i18n, unit) }), num(s.max)],
      ...marks.tableBins.map((b, i, all) =>
        b.from === b.to
          ? ([t('charts.strip.table.binValue', { value: String(b.from), unit: unitWord(i18n, unit) }), b.count] as const)
          : ([
              t(i === all.length - 1 ? 'charts.strip.table.binRangeLast' : 'charts.strip.table.binRange', {
                from: String(b.from),
                to: String(b.to),
                unit: unitWord(i18n, unit),
              }),
              b.count,
            ] as const),
      ),
    );
  return { columns: [t('charts.strip.table.measure'), t('charts.strip.table.value')], rows };
}
