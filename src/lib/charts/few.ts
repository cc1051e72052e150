import type { TextI18n } from '../../i18n/index.ts';
import type { MissingReason } from '../indicators/index.ts';
import { formatCount, formatTally } from './format.ts';

/*
 * What every chart of values says instead of drawing, or under its drawing: below MIN_CHARTED values
 * a sentence replaces the chart (one dot on an axis is not a distribution); cities without a value
 * are one line under the chart, never drawn.
 */

/** Fewer values than this are written out in a sentence, not drawn. */
export const MIN_CHARTED = 3;

export interface NamedValue {
  readonly label: string;
  /** Already written in its unit ("97.2%"). */
  readonly value: string;
}

/** The sentence that stands for a chart of fewer than MIN_CHARTED values. */
export function fewValuesSentence(i18n: TextI18n, measure: string, values: readonly NamedValue[], total: number): string {
  if (values.length === 0) return i18n.t('charts.few.none', { count: total, measure });
  const list = i18n.list(values.map((v) => i18n.t('charts.cityValue', { city: v.label, value: v.value })));
  return values.length === total
    ? i18n.t('charts.few.all', { count: total, measure, values: list })
    : i18n.t('charts.few.some', { count: values.length, total, measure, values: list });
}

/** "120 cities give no value (100 not given, 20 withheld): see the table."; one reason is named without a count. */
export function noValueLine(
  i18n: TextI18n,
  byReason: Readonly<Partial<Record<MissingReason, number>>>,
  reasonText: (reason: MissingReason) => string,
): string {
  const entries = Object.entries(byReason) as [MissingReason, number][];
  const count = entries.reduce((sum, [, n]) => sum + n, 0);
  // One reason needs no count of its own ("120 cities give no value (not given)").
  const reasons =
    entries.length === 1
      ? reasonText(entries[0]![0])
      : formatTally(
          i18n,
          entries.map(([reason, n]) => i18n.t('charts.tally', { count: formatCount(i18n, n), what: reasonText(reason) })),
        );
  return i18n.t('charts.noValueLine', { count, reasons });
}
