import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { tableRows } from './tables.ts';
import type { Table, TableType } from './tables.ts';

/*
 * The release files: the .xlsx workbook and the zip of every download. Both are made
 * reproducible: the same data and version give the same bytes (every entry dated with the
 * release date), so a rebuild does not publish a "new" file.
 */

/** One sheet: its name (Excel allows 31 characters), column names and types, and its cells. */
export interface WorkbookSheet {
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: TableType }[];
  readonly cells: readonly (readonly string[])[];
}

/** A table's sheet. */
export function tableSheet<Row>(name: string, table: Table<Row>, rows: readonly Row[]): WorkbookSheet {
  return { name, columns: table.columns, cells: tableRows(table, rows) };
}

export interface WorkbookReadme {
  /** Lines of the README sheet: a label and its text. */
  readonly lines: readonly (readonly [string, string])[];
}

/** Entries that are compressed already (a workbook is a zip): stored as they are. */
const COMPRESSED = /\.(xlsx|zip|png|gz)$/i;

/**
 * A zip whose entries all carry the given date: fflate, deflate level 6 (zlib's default; level 9 saved
 * 0.3% of the bytes on 1,000 responses' tables, in 20% more time).
 */
export function reproducibleZip(files: Readonly<Record<string, Uint8Array>>, date: string): Uint8Array<ArrayBuffer> {
  const mtime = new Date(`${date}T00:00:00Z`);
  const entries: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    const data = files[name];
    if (data) entries[name] = [data, { mtime, level: COMPRESSED.test(name) ? 0 : 6 }];
  }
  // A copy on its own ArrayBuffer: what a Response body takes.
  return new Uint8Array(zipSync(entries));
}

/** A cell of a sheet: numbers, integers and booleans as such (blank stays empty), texts as text. */
function typedCell(cell: string, type: TableType | undefined): string | number | boolean | null {
  if (cell === '') return null;
  if (type === 'number' || type === 'integer') return Number(cell);
  if (type === 'boolean') return cell === 'true';
  return cell;
}

/**
 * The workbook: a README sheet (licence, version, citation), then one sheet per table. Written with
 * exceljs's streaming writer, row by row, so memory stays flat with thousands of responses (the
 * in-memory workbook needed 1.5 GB for 2,000).
 */
export async function workbook(
  readme: WorkbookReadme,
  sheets: readonly WorkbookSheet[],
  released: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Stored, not deflated: the parts are re-packed below (reproducibleZip), which compresses them once.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 0 } } });
  const date = new Date(`${released}T00:00:00Z`);
  wb.creator = 'LGQ Knowledgebase';
  wb.created = date;
  wb.modified = date;
  const about = wb.addWorksheet('README');
  about.columns = [{ width: 18 }, { width: 100 }];
  for (const [label, text] of readme.lines) {
    const row = about.addRow([label, text]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }
  about.commit();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = ws.addRow(sheet.columns.map((c) => c.name));
    header.font = { bold: true };
    header.commit();
    for (const cells of sheet.cells) ws.addRow(cells.map((cell, i) => typedCell(cell, sheet.columns[i]?.type))).commit();
    ws.commit();
  }
  await wb.commit();
  // exceljs dates each zip entry "now": re-pack with the release date so the bytes are reproducible.
  return reproducibleZip(unzipSync(new Uint8Array(Buffer.concat(chunks))), released);
}

export const utf8 = (text: string): Uint8Array => strToU8(text);
