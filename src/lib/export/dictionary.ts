import { i18n } from '../../i18n/index.ts';
import { EDITION_YEARS } from '../../questionnaire/index.ts';
import { csvColumns } from './columns.ts';
import type { DictionaryText } from './columns.ts';
import { wideTable } from './tables.ts';

/** A row of the data dictionary (CSV and JSON): one field or response fact, and the wide CSV's columns for it. */
export interface DictionaryEntry {
  readonly column: string;
  readonly section: string;
  readonly question_id: string;
  readonly question: string;
  readonly field_wording: string;
  readonly label: string;
  readonly type: string;
  /** The Table Schema type of the value column in the wide CSV; blank when the value is only in the long CSV. */
  readonly value_type: string;
  /** The wide CSV's columns for this entry, separated by spaces (the value, `__status`, `__basis`). */
  readonly wide_columns: string;
  readonly allowed_values: string;
  readonly unit: string;
  readonly editions: string;
}

export function dataDictionary(editions: readonly number[] = EDITION_YEARS, text: DictionaryText = i18n): DictionaryEntry[] {
  const wide = wideTable(editions, text).columns;
  return csvColumns(editions, text).map((c) => {
    const own = wide.filter((w) => w.of?.name === c.name);
    const valueType = own.find((w) => w.name === c.name)?.type ?? '';
    // A number column is blank when there is no number: its __status column says why.
    const allowed =
      valueType === 'number' && c.group === 'answer' ? `${c.valueAllowed ?? ''} | ${text.t('export.allowed.blank')}` : c.allowedValues;
    return {
      column: c.name,
      section: c.section ?? '',
      question_id: c.questionId ?? '',
      question: c.question ?? '',
      field_wording: c.fieldWording ?? '',
      label: c.label,
      type: c.type,
      value_type: valueType,
      wide_columns: own.map((w) => w.name).join(' '),
      allowed_values: allowed,
      unit: c.unit ?? '',
      editions: c.editions.join(' '),
    };
  });
}
