import { csvFormatRows } from 'd3-dsv';
import { EDITION_YEARS } from '../../questionnaire/index.ts';
import { dataDictionary } from './dictionary.ts';
import type { DictionaryEntry } from './dictionary.ts';
import { longRows, longTable, tableRows, wideTable } from './tables.ts';
import type { Table, TableResponse } from './tables.ts';

/*
 * CSV files: UTF-8 with a byte-order mark (so spreadsheet software detects the encoding), quoting
 * by d3-dsv (RFC 4180: fields with commas, quotes or line breaks are quoted; quotes doubled),
 * rows separated by LF. Only the long table's value, quote and note cells hold line breaks.
 */

export const BOM = '\uFEFF';

export function withBom(csv: string): string {
  return `${BOM}${csv}\n`;
}

/** A table as CSV: a header of column names, then its rows. */
export function tableCsv<Row>(table: Table<Row>, rows: readonly Row[]): string {
  return withBom(csvFormatRows([table.columns.map((c) => c.name), ...tableRows(table, rows)]));
}

/** The responses CSV (wide): one row per response, every cell on one line. */
export function responsesCsv(responses: readonly TableResponse[], editions: readonly number[] = EDITION_YEARS): string {
  return tableCsv(wideTable(editions), responses);
}

/** The long CSV: one row per response × question × field. */
export function longCsv(responses: readonly TableResponse[], editions: readonly number[] = EDITION_YEARS): string {
  return tableCsv(longTable(), longRows(responses, editions));
}

export const DICTIONARY_HEADER: readonly (keyof DictionaryEntry)[] = [
  'column',
  'section',
  'question_id',
  'question',
  'field_wording',
  'label',
  'type',
  'value_type',
  'wide_columns',
  'allowed_values',
  'unit',
  'editions',
];

export function dictionaryCsv(editions: readonly number[] = EDITION_YEARS): string {
  const rows = dataDictionary(editions);
  return withBom(csvFormatRows([[...DICTIONARY_HEADER], ...rows.map((row) => DICTIONARY_HEADER.map((k) => row[k]))]));
}
