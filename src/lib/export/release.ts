import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
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

/*
 * The style of every data cell, one shared object. exceljs gives each new cell a style object of its
 * own and looks styles up by object identity, so each plain cell cost a style serialised to XML and
 * hashed: 60% of the workbook's time (8.9 of 15.5 s in a CPU profile at 1,000 responses). The bytes
 * written are the same.
 */
const PLAIN_CELL: Partial<ExcelJS.Style> = Object.freeze({});

/**
 * The workbook: a README sheet (licence, version, citation), then one sheet per table. Written with
 * exceljs's streaming writer, row by row, so memory stays flat with thousands of responses (the
 * in-memory workbook needed 1.5 GB for 2,000). exceljs compresses each part as it writes it; only
 * the entries' dates are then set, in place (re-packing inflated every part at once: 300 MB of XML
 * at 5,000 responses).
 */
export async function workbook(
  readme: WorkbookReadme,
  sheets: readonly WorkbookSheet[],
  released: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 6 } } });
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
    for (const cells of sheet.cells) {
      const row = ws.addRow(cells.map((cell, i) => typedCell(cell, sheet.columns[i]?.type)));
      row.eachCell((cell) => (cell.style = PLAIN_CELL));
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  // exceljs dates each zip entry "now": dated with the release date, the bytes are reproducible.
  return redatedZip(new Uint8Array(Buffer.concat(chunks)), released);
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Midnight of a YYYY-MM-DD date as MS-DOS time and date fields (what zip entries carry). */
export function dosDateTime(date: string): { time: number; date: number } {
  const [year = 1980, month = 1, day = 1] = date.split('-').map(Number);
  return { time: 0, date: ((year - 1980) << 9) | (month << 5) | day };
}

/**
 * A zip with every entry's modification time set to midnight of `date`, in both its local and its
 * central header (APPNOTE 4.3.7 and 4.3.12); nothing else changes. Throws on bytes that are not a zip.
 */
export function redatedZip(zip: Uint8Array<ArrayBuffer>, date: string): Uint8Array<ArrayBuffer> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, date: day } = dosDateTime(date);
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error('Not a zip: no end of central directory record');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error(`Not a zip: central header ${String(i)} missing`);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`Not a zip: local header ${String(i)} missing`);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

export const utf8 = (text: string): Uint8Array => strToU8(text);
