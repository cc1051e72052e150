import { choiceValues } from '../../fields/choice/index.ts';
import { i18n } from '../../i18n/index.ts';
import type { EnglishCatalogue } from '../../i18n/en.ts';
import { CLOSED_STATES, EDITION_YEARS } from '../../questionnaire/index.ts';
import { formatLineSpec } from '../../schemas/evidence.ts';
import type { FieldEvidence, ResponseEvidence } from '../../schemas/evidence.ts';
import { compareForIndex } from '../pages/city-index.ts';
import type { CityResponse } from '../data/response.ts';
import { CELL_TOKENS, NOT_IN_EDITION, WITHHELD } from './cells.ts';
import { csvColumns } from './columns.ts';
import type { ColumnDef, DictionaryText } from './columns.ts';
import type { ExportedResponse } from './exported.ts';

/*
 * The three CSV tables as loaders see them: each column's Table Schema type (Frictionless), its
 * constraints and its cell. One home for a column's type: the data package, the data dictionary,
 * the workbook and the tests all read it here.
 *
 * - responses (wide): one row per response, every cell on one line. Numbers are numbers, blank when
 *   there is none, with a `__status` column beside; yes/no columns have a `__basis` column. Fields
 *   whose text may run over several lines (texts, links, figures, accounts) carry only their
 *   `__status` here: their values are in the long table.
 * - long: one row per response × question × field, with the value, its status, basis, source lines
 *   and quote, and the question's transcriber note.
 * - cities: what the cities index lists.
 */

/** Table Schema field types used here. */
export type TableType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

export interface TableColumn<Row> {
  readonly name: string;
  readonly type: TableType;
  /** What the column holds, in the build's locale. */
  readonly description: string;
  /** Allowed values, where they are a closed list (blank is always allowed where `required` is false). */
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  /** A cell is never blank. */
  readonly required: boolean;
  /** Cells may hold line breaks (never in the wide table). */
  readonly multiline?: boolean;
  readonly cell: (row: Row) => string;
  /** The field (or response fact) this column is about: a dictionary entry's column name. */
  readonly of?: ColumnDef;
}

export interface Table<Row> {
  /** Data package resource name. */
  readonly name: string;
  readonly columns: readonly TableColumn<Row>[];
  readonly primaryKey: readonly string[];
}

/** A response with what the wide and long tables need beyond the JSON: where each answer was read. */
export interface TableResponse {
  readonly exported: ExportedResponse;
  readonly evidence: ResponseEvidence;
}

/** `given`, or the token that says why there is no value. */
export const GIVEN = 'given';
export const STATUSES = [GIVEN, ...CELL_TOKENS] as const;
export const BASES = ['ticked', 'written'] as const;

/** Kinds whose cell may span several lines: in the wide table only their status. */
const MULTILINE_TYPES: readonly string[] = ['text', 'links', 'figures', 'accounts'];

const isToken = (cell: string) => (CELL_TOKENS as readonly string[]).includes(cell);
const statusOfCell = (cell: string) => (isToken(cell) ? cell : GIVEN);
/** Texts of one line: line breaks (and the spaces around them) become one space. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

function evidenceOf(evidence: ResponseEvidence, c: ColumnDef): FieldEvidence | undefined {
  return c.questionId && c.field ? evidence.fields[c.questionId]?.[c.field.key] : undefined;
}

/** How a yes/no was read, where the evidence says. */
const basisOf = (e: FieldEvidence | undefined): string => (e && 'basis' in e && e.basis) || '';

/** The respondent's words a number (or each figure, one per line) was read from. */
function quoteOf(e: FieldEvidence | undefined): string {
  if (e && 'quote' in e && e.quote) return e.quote;
  if (e && 'quotes' in e && e.quotes) return e.quotes.join('\n');
  return '';
}

/** What a cell of a status column may hold, for the column of a field of these editions. */
const statusEnum = (c: ColumnDef) => STATUSES.filter((s) => s !== NOT_IN_EDITION || c.editions.length < EDITION_YEARS.length);

function valueEnum(c: ColumnDef): readonly string[] | undefined {
  const tokens = [WITHHELD, ...(c.editions.length < EDITION_YEARS.length ? [NOT_IN_EDITION] : [])];
  if (c.type === 'closed') return [...CLOSED_STATES, ...tokens];
  if (c.type === 'choice' && c.field) return [...choiceValues(c.field), ...tokens];
  return undefined;
}

function responseFactType(c: ColumnDef): TableType {
  if (c.type === 'number') return c.name === 'edition' ? 'integer' : 'number';
  if (c.type === 'boolean' || c.type === 'date') return c.type;
  return 'string';
}

/** The wide columns of one dictionary column: the value (unless multi-line), its status, its basis. */
function wideColumnsOf(c: ColumnDef, { t }: DictionaryText): TableColumn<TableResponse>[] {
  const status: TableColumn<TableResponse> = {
    name: `${c.name}__status`,
    type: 'string',
    description: t('export.wide.status', { label: c.label }),
    enum: statusEnum(c),
    required: true,
    cell: (r) => statusOfCell(c.cell(r.exported)),
    of: c,
  };
  if (c.group === 'answer' && c.type === 'percent') {
    return [
      {
        name: c.name,
        type: 'number',
        description: t('export.wide.number', { label: c.label }),
        minimum: 0,
        maximum: 100,
        required: false,
        cell: (r) => {
          const cell = c.cell(r.exported);
          return isToken(cell) ? '' : cell;
        },
        of: c,
      },
      status,
    ];
  }
  if (c.group === 'answer' && MULTILINE_TYPES.includes(c.type)) return [status];
  const allowed = valueEnum(c);
  const valueColumn: TableColumn<TableResponse> = {
    name: c.name,
    type: c.group === 'response' ? responseFactType(c) : 'string',
    description: c.label,
    ...(allowed ? { enum: allowed } : {}),
    ...(c.name === 'lat' ? { minimum: -90, maximum: 90 } : c.name === 'lon' ? { minimum: -180, maximum: 180 } : {}),
    required: true,
    cell: (r) => oneLine(c.cell(r.exported)),
    of: c,
  };
  if (c.type !== 'closed') return [valueColumn];
  return [
    valueColumn,
    {
      name: `${c.name}__basis`,
      type: 'string',
      description: t('export.wide.basis', { label: c.label }),
      enum: BASES,
      required: false,
      cell: (r) => basisOf(evidenceOf(r.evidence, c)),
      of: c,
    },
  ];
}

/** The responses table: one row per response, every cell on one line. */
export function wideTable(editions: readonly number[] = EDITION_YEARS, text: DictionaryText = i18n): Table<TableResponse> {
  return { name: 'lgq-responses', columns: csvColumns(editions, text).flatMap((c) => wideColumnsOf(c, text)), primaryKey: ['id'] };
}

/** One row of the long table: a field (or a part of a record) of one response. */
export interface LongRow {
  readonly response: TableResponse;
  readonly column: ColumnDef;
}

const fieldName = (c: ColumnDef) => (c.field ? (c.part ? `${c.field.key}.${c.part}` : c.field.key) : c.name);

/** The long table: one row per response × question × field of the response's edition. */
type LongColumnName = keyof EnglishCatalogue['export']['long'];
type CityColumnName = keyof EnglishCatalogue['export']['cities'];

export function longTable({ t }: DictionaryText = i18n): Table<LongRow> {
  const col = (
    name: LongColumnName,
    type: TableType,
    required: boolean,
    cell: (row: LongRow) => string,
    extra: Partial<TableColumn<LongRow>> = {},
  ): TableColumn<LongRow> => ({ name, type, required, cell, description: t(`export.long.${name}`), ...extra });
  const evidence = (row: LongRow) => evidenceOf(row.response.evidence, row.column);
  return {
    name: 'lgq-responses-long',
    columns: [
      col('response_id', 'string', true, (row) => row.response.exported.id),
      col('city', 'string', true, (row) => row.response.exported.city.name),
      col('country', 'string', true, (row) => row.response.exported.country.name),
      col('edition', 'integer', true, (row) => String(row.response.exported.edition)),
      col('question', 'string', true, (row) => row.column.questionId ?? ''),
      col('field', 'string', true, (row) => fieldName(row.column)),
      col('column', 'string', true, (row) => row.column.name),
      col('kind', 'string', true, (row) => row.column.type),
      col(
        'value',
        'string',
        false,
        (row) => {
          const cell = row.column.cell(row.response.exported);
          return isToken(cell) ? '' : cell;
        },
        { multiline: true },
      ),
      col('status', 'string', true, (row) => statusOfCell(row.column.cell(row.response.exported)), {
        enum: STATUSES.filter((s) => s !== NOT_IN_EDITION),
      }),
      col('basis', 'string', false, (row) => basisOf(evidence(row)), { enum: BASES }),
      col('evidence_lines', 'string', false, (row) => {
        const lines = evidence(row)?.lines;
        return lines ? formatLineSpec(lines) : '';
      }),
      col('quote', 'string', false, (row) => quoteOf(evidence(row)), { multiline: true }),
      col(
        'note',
        'string',
        false,
        (row) => {
          const qid = row.column.questionId;
          return (qid && row.response.exported.notes[qid]) || '';
        },
        { multiline: true },
      ),
    ],
    primaryKey: ['response_id', 'column'],
  };
}

/** The long table's rows: each response's answer columns of its own edition, in questionnaire order. */
export function longRows(responses: readonly TableResponse[], editions: readonly number[] = EDITION_YEARS): LongRow[] {
  const answerColumns = csvColumns(editions).filter((c) => c.group === 'answer');
  return responses.flatMap((response) =>
    answerColumns.filter((c) => c.editions.includes(response.exported.edition)).map((column) => ({ response, column })),
  );
}

/** The cities table: what the cities index lists, in its order (UN region, city, edition newest first). */
export function citiesTable({ t }: DictionaryText = i18n): Table<CityRow> {
  const col = (name: CityColumnName, type: TableType, required: boolean, cell: (row: CityRow) => string): TableColumn<CityRow> => ({
    name,
    type,
    required,
    cell,
    description: t(`export.cities.${name}`),
  });
  return {
    name: 'cities',
    columns: [
      col('id', 'string', true, (r) => r.exported.id),
      col('region', 'string', true, (r) => r.exported.country.region),
      col('subregion', 'string', true, (r) => r.exported.country.subregion),
      col('city', 'string', true, (r) => r.exported.city.name),
      col('local_name', 'string', false, (r) => r.exported.city.local_name ?? ''),
      col('country_code', 'string', true, (r) => r.exported.country.code),
      col('country', 'string', true, (r) => r.exported.country.name),
      col('edition', 'integer', true, (r) => String(r.exported.edition)),
      col('latest_edition', 'boolean', true, (r) => String(r.latest)),
      col('submitted', 'date', true, (r) => r.exported.submitted),
      col('fictional', 'boolean', true, (r) => String(r.exported.fictional)),
      col('profile', 'string', true, (r) => r.exported.profile),
    ],
    primaryKey: ['id'],
  };
}

export interface CityRow {
  readonly exported: ExportedResponse;
  /** The city's newest response (the one at /cities/<slug>/). */
  readonly latest: boolean;
}

/** The cities table's rows in the index's order. */
export function cityRows(responses: readonly CityResponse[], exported: readonly ExportedResponse[]): CityRow[] {
  const byId = new Map(exported.map((e) => [e.id, e]));
  const newest = new Map<string, number>();
  for (const r of responses) newest.set(r.slug, Math.max(r.edition, newest.get(r.slug) ?? -Infinity));
  return [...responses].sort(compareForIndex).map((r) => {
    const e = byId.get(r.id);
    if (!e) throw new Error(`No exported record for ${r.id}`);
    return { exported: e, latest: newest.get(r.slug) === r.edition };
  });
}

/** A table's rows as cells; throws if a one-line column's cell holds a line break (the build fails rather than publish it). */
export function tableRows<Row>(table: Table<Row>, rows: readonly Row[]): string[][] {
  return rows.map((row) =>
    table.columns.map((c) => {
      const cell = c.cell(row);
      if (!c.multiline && /[\r\n]/.test(cell)) throw new Error(`${table.name}: a cell of ${c.name} holds a line break`);
      if (c.required && cell === '') throw new Error(`${table.name}: a cell of ${c.name} is blank`);
      return cell;
    }),
  );
}
