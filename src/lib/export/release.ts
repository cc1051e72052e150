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

/** A zip whose entries all carry the given date: fflate, no compression of already-compressed data needed. */
export function reproducibleZip(files: Readonly<Record<string, Uint8Array>>, date: string): Uint8Array<ArrayBuffer> {
  const mtime = new Date(`${date}T00:00:00Z`);
  const entries: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    const data = files[name];
    if (data) entries[name] = [data, { mtime, level: 9 }];
  }
  // A copy on its own ArrayBuffer: what a Response body takes.
  return new Uint8Array(zipSync(entries));
}

/** Sheets of typed cells: numbers, integers and booleans as such (blank stays empty), texts as text. */
function addSheet(workbook: ExcelJS.Workbook, sheet: WorkbookSheet): void {
  const ws = workbook.addWorksheet(sheet.name);
  ws.addRow(sheet.columns.map((c) => c.name));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const cells of sheet.cells) {
    ws.addRow(
      cells.map((cell, i) => {
        const type = sheet.columns[i]?.type;
        if (cell === '') return null;
        if (type === 'number' || type === 'integer') return Number(cell);
        if (type === 'boolean') return cell === 'true';
        return cell;
      }),
    );
  }
}

/** The workbook: a README sheet (licence, version, citation), then one sheet per table. */
export async function workbook(
  readme: WorkbookReadme,
  sheets: readonly WorkbookSheet[],
  released: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const date = new Date(`${released}T00:00:00Z`);
  wb.creator = 'LGQ Knowledgebase';
  wb.created = date;
  wb.modified = date;
  const about = wb.addWorksheet('README');
  about.columns = [{ width: 18 }, { width: 100 }];
  for (const line of readme.lines) about.addRow([...line]);
  about.getColumn(1).font = { bold: true };
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  for (const sheet of sheets) addSheet(wb, sheet);
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  // exceljs dates each zip entry "now": re-pack with the release date so the bytes are reproducible.
  return reproducibleZip(unzipSync(written), released);
}

export const utf8 = (text: string): Uint8Array => strToU8(text);
