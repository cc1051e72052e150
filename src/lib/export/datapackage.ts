import { DICTIONARY_HEADER } from './csv.ts';
import type { Table, TableColumn } from './tables.ts';

/*
 * The Frictionless Data Package (https://specs.frictionlessdata.io/tabular-data-package/) that
 * describes every CSV: each table's fields with their Table Schema types and constraints, the
 * missing value (a blank cell), primary keys, licence, sources and version.
 */

export interface PackageInfo {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  /** Release date, YYYY-MM-DD. */
  readonly released: string;
  readonly licence: { readonly id: string; readonly url: string; readonly name: string };
  readonly homepage: string;
  readonly sources: readonly { readonly title: string; readonly path: string }[];
}

/** The CSV files, each with its table and file name (relative to datapackage.json). */
export interface PackagedTable {
  readonly path: string;
  readonly title: string;
  readonly table: Table<never>;
}

function fieldOf(c: TableColumn<never>) {
  const constraints = {
    ...(c.required ? { required: true } : {}),
    ...(c.enum ? { enum: [...c.enum] } : {}),
    ...(c.minimum !== undefined ? { minimum: c.minimum } : {}),
    ...(c.maximum !== undefined ? { maximum: c.maximum } : {}),
  };
  return { name: c.name, type: c.type, description: c.description, ...(Object.keys(constraints).length ? { constraints } : {}) };
}

/** The data dictionary as a table of text columns, keyed by column name. */
export const DICTIONARY_TABLE: Table<never> = {
  name: 'data-dictionary',
  columns: DICTIONARY_HEADER.map((name) => ({ name, type: 'string', description: name, required: name === 'column', cell: () => '' })),
  primaryKey: ['column'],
};

export function dataPackage(info: PackageInfo, tables: readonly PackagedTable[]) {
  return {
    profile: 'tabular-data-package',
    name: info.name,
    title: info.title,
    version: info.version,
    created: `${info.released}T00:00:00Z`,
    homepage: info.homepage,
    licenses: [{ name: info.licence.id, path: info.licence.url, title: info.licence.name }],
    sources: info.sources.map((s) => ({ ...s })),
    resources: tables.map(({ path, title, table }) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      title,
      path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\n', header: true },
      schema: {
        fields: table.columns.map(fieldOf),
        missingValues: [''],
        primaryKey: [...table.primaryKey],
      },
    })),
  };
}
