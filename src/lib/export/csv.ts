import { csvFormatRows } from 'd3-dsv';
import { EDITION_YEARS } from '../../questionnaire/index.ts';
import { csvColumns, dataDictionary } from './columns.ts';
import type { DictionaryEntry } from './columns.ts';
import type { ExportedResponse } from './json.ts';

/*
 * CSV files: UTF-8 with a byte-order mark (so spreadsheet software detects the encoding), quoting
 * by d3-dsv (RFC 4180: fields with commas, quotes or line breaks are quoted; quotes doubled),
 * rows separated by LF, line breaks inside text kept.
 */

export const BOM = '\uFEFF';

export function withBom(csv: string): string {
  return `${BOM}${csv}\n`;
}

/** The responses CSV: a header of column names, then one row per response. */
export function responsesCsv(responses: readonly ExportedResponse[], editions: readonly number[] = EDITION_YEARS): string {
  const columns = csvColumns(editions);
  return withBom(csvFormatRows([columns.map((c) => c.name), ...responses.map((r) => columns.map((c) => c.cell(r)))]));
}

export const DICTIONARY_HEADER: readonly (keyof DictionaryEntry)[] = [
  'column',
  'section',
  'question_id',
  'question',
  'field_wording',
  'label',
  'type',
  'allowed_values',
  'unit',
  'editions',
];

export function dictionaryCsv(editions: readonly number[] = EDITION_YEARS): string {
  const rows = dataDictionary(editions);
  return withBom(csvFormatRows([[...DICTIONARY_HEADER], ...rows.map((row) => DICTIONARY_HEADER.map((k) => row[k]))]));
}
