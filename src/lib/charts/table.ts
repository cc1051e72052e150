import { csvFormatRows } from 'd3-dsv';

/*
 * The data behind a chart: exactly the numbers it draws. The page shows it as a table, and the same
 * object is written as CSV and JSON, so the three can never disagree.
 */

export type Cell = string | number;

export interface DataTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** How a cell is written in the table and the CSV (identical text). */
export function cellText(cell: Cell): string {
  return typeof cell === 'number' ? String(Math.round(cell * 100) / 100) : cell;
}

export function tableToCsv(table: DataTable): string {
  return `${csvFormatRows([[...table.columns], ...table.rows.map((r) => r.map(cellText))])}\n`;
}

export interface ChartJson {
  readonly title: string;
  readonly summary: string;
  readonly notes: readonly string[];
  /** The dataset version the table was made from (DATA-CHANGELOG.md), when the caller knows it. */
  readonly version?: string;
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, Cell>[];
}

export function tableToJson(
  table: DataTable,
  meta: { title: string; summary: string; notes: readonly string[]; version?: string },
): ChartJson {
  return {
    ...meta,
    columns: table.columns,
    rows: table.rows.map((r) =>
      Object.fromEntries(
        table.columns.map((c, i) => [c, typeof r[i] === 'number' ? Math.round((r[i] as number) * 100) / 100 : (r[i] ?? '')]),
      ),
    ),
  };
}
