import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import { csvParseRows } from 'd3-dsv';

/*
 * Checks a Frictionless Data Package the way a data user's tools would: the descriptor against the
 * published JSON Schema profiles (Tabular Data Package, Table Schema; they ship in the npm packages
 * `datapackage` and `tableschema`), and every CSV cell against its field's type and constraints.
 */

const require = createRequire(import.meta.url);
const profile = (file: string): unknown => JSON.parse(readFileSync(require.resolve(file), 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = {
  package: ajv.compile(profile('datapackage/lib/profiles/tabular-data-package.json') as object),
  tableSchema: ajv.compile(profile('tableschema/lib/profiles/table-schema.json') as object),
};

export interface PackageField {
  readonly name: string;
  readonly type: string;
  readonly constraints?: {
    readonly required?: boolean;
    readonly enum?: readonly string[];
    readonly minimum?: number;
    readonly maximum?: number;
  };
}

export interface PackageResource {
  readonly name: string;
  readonly path: string;
  readonly schema: {
    readonly fields: readonly PackageField[];
    readonly missingValues: readonly string[];
    readonly primaryKey: readonly string[];
  };
}

export interface DataPackageDescriptor {
  readonly version: string;
  readonly resources: readonly PackageResource[];
}

/** Every profile error of the descriptor and of each resource's table schema, as `where: message`. */
export function packageErrors(descriptor: unknown): string[] {
  const errors: string[] = [];
  if (!validators.package(descriptor))
    for (const e of validators.package.errors ?? []) errors.push(`package${e.instancePath}: ${e.message ?? ''}`);
  const resources = (descriptor as { resources?: { name?: string; schema?: unknown }[] }).resources ?? [];
  for (const r of resources) {
    if (!validators.tableSchema(r.schema))
      for (const e of validators.tableSchema.errors ?? []) errors.push(`${r.name ?? '?'} schema${e.instancePath}: ${e.message ?? ''}`);
  }
  return errors;
}

const TRUE = ['true', 'True', 'TRUE', '1'];
const FALSE = ['false', 'False', 'FALSE', '0'];
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^[-+]?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(cell: string): boolean {
  const m = DATE.exec(cell);
  if (!m) return false;
  const d = new Date(`${cell}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === cell;
}

/** What is wrong with one cell for its field (Table Schema default formats), or null. */
export function cellError(field: PackageField, cell: string, missingValues: readonly string[]): string | null {
  const c = field.constraints ?? {};
  if (missingValues.includes(cell)) return c.required ? 'required, but missing' : null;
  switch (field.type) {
    case 'string':
      break;
    case 'number':
      if (!NUMBER.test(cell)) return `not a number: ${JSON.stringify(cell)}`;
      break;
    case 'integer':
      if (!INTEGER.test(cell)) return `not an integer: ${JSON.stringify(cell)}`;
      break;
    case 'boolean':
      if (!TRUE.includes(cell) && !FALSE.includes(cell)) return `not a boolean: ${JSON.stringify(cell)}`;
      break;
    case 'date':
      if (!isDate(cell)) return `not a date: ${JSON.stringify(cell)}`;
      break;
    default:
      return `type ${field.type} is not checked here`;
  }
  if (c.enum && !c.enum.includes(cell)) return `${JSON.stringify(cell)} is not one of ${c.enum.join(', ')}`;
  const n = Number(cell);
  if (c.minimum !== undefined && n < c.minimum) return `${cell} is below ${String(c.minimum)}`;
  if (c.maximum !== undefined && n > c.maximum) return `${cell} is above ${String(c.maximum)}`;
  return null;
}

/** Parse a CSV of ours as a loader does: drop the byte-order mark, then RFC 4180 (d3-dsv). */
export function parseCsvRows(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return csvParseRows(body.replace(/\n$/, ''));
}

/** Every problem of one CSV against its resource: header, each cell's type and constraints, primary key. */
export function tableErrors(resource: PackageResource, csv: string): string[] {
  const [header = [], ...rows] = parseCsvRows(csv);
  const { fields, missingValues, primaryKey } = resource.schema;
  const errors: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name))) errors.push(`${resource.name}: the header is not the fields`);
  const keys = new Set<string>();
  const keyIndex = primaryKey.map((k) => header.indexOf(k));
  for (const [i, row] of rows.entries()) {
    if (row.length !== fields.length) errors.push(`${resource.name} row ${String(i + 2)}: ${String(row.length)} cells`);
    for (const [j, field] of fields.entries()) {
      const problem = cellError(field, row[j] ?? '', missingValues);
      if (problem) errors.push(`${resource.name} row ${String(i + 2)} ${field.name}: ${problem}`);
    }
    const key = JSON.stringify(keyIndex.map((k) => row[k]));
    if (keys.has(key)) errors.push(`${resource.name} row ${String(i + 2)}: primary key ${key} repeats`);
    keys.add(key);
  }
  return errors;
}
