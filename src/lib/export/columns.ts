import { CLOSED_STATES, columnName, EDITION_YEARS, getEdition, PRIVATE_PERSON_PARTS } from '../../questionnaire/index.ts';
import type { FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import { NOT_GIVEN, NOT_IN_EDITION, WITHHELD, encodeCell } from './cells.ts';
import type { CellKind, CELL_TOKENS } from './cells.ts';
import { exportedFieldStatus, exportedPersonPartStatus, PUBLIC_PERSON_PARTS } from './exported.ts';
import type { ExportedFieldStatus, ExportedResponse } from './exported.ts';

/*
 * The CSV's columns and the data dictionary, both generated from the questionnaire definition:
 * a new question or edition adds columns here without any change to this file.
 */

export type ColumnType = 'identifier' | 'text' | 'number' | 'boolean' | 'date' | CellKind | 'person part';

export interface ColumnDef {
  /** Stable column name, e.g. `III.2.sendai`, `I.3.cio.name`, `city`. */
  readonly name: string;
  /** Facts about the response, an answer field (or person part), or a transcriber's note. */
  readonly group: 'response' | 'answer' | 'note';
  readonly type: ColumnType;
  /** What the column holds, in a sentence (response columns) or the field's label (answer columns). */
  readonly label: string;
  readonly section?: string;
  readonly questionId?: string;
  /** The question's wording, verbatim. */
  readonly question?: string;
  /** The form's wording for this part of the question, where it has one. */
  readonly fieldWording?: string;
  readonly allowedValues: string;
  readonly unit?: string;
  /** Editions that have this column (answer columns); response columns are in every edition. */
  readonly editions: readonly number[];
  /** How to read the cell of one exported response. */
  readonly cell: (response: ExportedResponse) => string;
}

const FREE_TEXT = 'free text, verbatim; paragraphs separated by a blank line';
const orNotGiven = (v: string | undefined) => (v === undefined || v === '' ? NOT_GIVEN : v);

function statusCell(kind: CellKind, status: ExportedFieldStatus): string {
  if (status.kind === 'withheld') return WITHHELD;
  if (status.kind === 'absent') return NOT_GIVEN;
  return encodeCell(kind, status.value);
}

const RESPONSE_COLUMNS: readonly Omit<ColumnDef, 'editions' | 'group'>[] = [
  {
    name: 'id',
    type: 'identifier',
    label: 'Response id: edition and city slug, e.g. 2022/almaty.',
    allowedValues: '<edition>/<slug>',
    cell: (r) => r.id,
  },
  {
    name: 'slug',
    type: 'identifier',
    label: 'City slug, as in the page address /cities/<slug>/.',
    allowedValues: 'lower-case letters, digits and hyphens',
    cell: (r) => r.slug,
  },
  {
    name: 'edition',
    type: 'number',
    label: 'Survey edition (year) of the questionnaire answered.',
    allowedValues: EDITION_YEARS.join(' | '),
    cell: (r) => String(r.edition),
  },
  {
    name: 'city',
    type: 'text',
    label: 'City name in English, as the city writes it.',
    allowedValues: 'single line',
    cell: (r) => r.city.name,
  },
  {
    name: 'local_name',
    type: 'text',
    label: 'City name in the local language and script.',
    allowedValues: `single line | ${NOT_GIVEN}`,
    cell: (r) => orNotGiven(r.city.local_name),
  },
  {
    name: 'country_code',
    type: 'identifier',
    label: 'ISO 3166-1 alpha-2 country code.',
    allowedValues: 'two capital letters',
    cell: (r) => r.country.code,
  },
  {
    name: 'country',
    type: 'text',
    label: 'Country name in English (from the code).',
    allowedValues: 'single line',
    cell: (r) => r.country.name,
  },
  {
    name: 'country_m49',
    type: 'identifier',
    label: 'UN M49 numeric country code.',
    allowedValues: 'three digits',
    cell: (r) => r.country.m49,
  },
  {
    name: 'region',
    type: 'text',
    label: 'UN M49 region.',
    allowedValues: 'Africa | Americas | Asia | Europe | Oceania',
    cell: (r) => r.country.region,
  },
  { name: 'subregion', type: 'text', label: 'UN M49 sub-region.', allowedValues: 'single line', cell: (r) => r.country.subregion },
  {
    name: 'lat',
    type: 'number',
    label: 'Latitude of the city centre (WGS 84); for maps, not part of the response.',
    allowedValues: '-90 to 90',
    unit: 'degrees',
    cell: (r) => String(r.city.coordinates.lat),
  },
  {
    name: 'lon',
    type: 'number',
    label: 'Longitude of the city centre (WGS 84); for maps, not part of the response.',
    allowedValues: '-180 to 180',
    unit: 'degrees',
    cell: (r) => String(r.city.coordinates.lon),
  },
  {
    name: 'submitted',
    type: 'date',
    label: 'Date the city submitted the response.',
    allowedValues: 'YYYY-MM-DD',
    cell: (r) => r.submitted,
  },
  {
    name: 'fictional',
    type: 'boolean',
    label: 'true for generated demonstration data; false for real responses.',
    allowedValues: 'true | false',
    cell: (r) => String(r.fictional),
  },
  {
    name: 'source_document',
    type: 'text',
    label: 'File name of the document the city returned.',
    allowedValues: 'single line',
    cell: (r) => r.source.document,
  },
  {
    name: 'source_format',
    type: 'text',
    label: 'What the source document is.',
    allowedValues: 'single line',
    cell: (r) => r.source.format,
  },
  {
    name: 'source_note',
    type: 'text',
    label: 'What a reader should know about the source document.',
    allowedValues: `${FREE_TEXT} | ${NOT_GIVEN}`,
    cell: (r) => orNotGiven(r.source.note),
  },
  {
    name: 'withheld',
    type: 'text',
    label: 'Fields the city asked to withhold, one column name per line; their cells read "withheld".',
    allowedValues: `column names, one per line | ${NOT_GIVEN} (nothing withheld)`,
    cell: (r) => (r.withheld.length ? r.withheld.join('\n') : NOT_GIVEN),
  },
  {
    name: 'profile',
    type: 'identifier',
    label: "Address of the response's page on this site.",
    allowedValues: 'URL',
    cell: (r) => r.profile,
  },
];

function allowedValues(field: FieldDef): string {
  switch (field.kind) {
    case 'closed':
      return CLOSED_STATES.join(' | ');
    case 'choice':
      return [...(field.options ?? []).map((o) => o.value), 'not_answered', 'not_legible_in_source'].join(' | ');
    case 'text':
      return `${FREE_TEXT} | ${NOT_GIVEN}`;
    case 'percent':
      return `number from 0 to 100 (decimal point) | ${NOT_GIVEN}`;
    case 'links':
      return `one link per line: URL, or URL (label) | ${NOT_GIVEN}`;
    case 'figures':
      return `one number per line: label (year): value unit — year and unit when given | ${NOT_GIVEN}`;
    case 'accounts':
      return `one account per line: URL (platform) | ${NOT_GIVEN}`;
    case 'person':
      return `single line | ${NOT_GIVEN}`;
  }
}

function answerColumns(question: QuestionDef, field: FieldDef, editions: readonly number[]): ColumnDef[] {
  const common = {
    group: 'answer' as const,
    section: question.section,
    questionId: question.id,
    question: question.wording,
    ...(field.wording ? { fieldWording: field.wording } : {}),
    editions,
  };
  const edition = (r: ExportedResponse) => editions.includes(r.edition);
  if (field.kind === 'person') {
    return PUBLIC_PERSON_PARTS.map((part) => ({
      ...common,
      name: `${columnName(question, field)}.${part}`,
      type: 'person part' as const,
      label: `${field.label}: ${part}`,
      allowedValues: allowedValues(field),
      cell: (r: ExportedResponse) => (edition(r) ? statusCell('text', exportedPersonPartStatus(r, question, field, part)) : NOT_IN_EDITION),
    }));
  }
  const kind: CellKind = field.kind;
  return [
    {
      ...common,
      name: columnName(question, field),
      type: kind,
      label: field.label,
      allowedValues: allowedValues(field),
      ...(field.unit ? { unit: field.unit } : {}),
      cell: (r: ExportedResponse) => (edition(r) ? statusCell(kind, exportedFieldStatus(r, question, field)) : NOT_IN_EDITION),
    },
  ];
}

/** Transcriber notes, one column per question: they explain how closed answers were read. */
function noteColumn(question: QuestionDef, editions: readonly number[]): ColumnDef {
  return {
    name: `notes.${question.id}`,
    group: 'note',
    type: 'text',
    label: `Transcriber's note on ${question.id}: how the answer was read from the source.`,
    section: question.section,
    questionId: question.id,
    question: question.wording,
    allowedValues: `${FREE_TEXT} | ${NOT_GIVEN} (no note)`,
    editions,
    cell: (r) => (editions.includes(r.edition) ? orNotGiven(r.notes[question.id]) : NOT_IN_EDITION),
  };
}

/**
 * Every CSV column, in order: response facts, then each edition's answer columns in questionnaire
 * order (a column shared by several editions appears once), then the transcriber notes.
 */
export function csvColumns(editions: readonly number[] = EDITION_YEARS): ColumnDef[] {
  const answers = new Map<string, { question: QuestionDef; field: FieldDef; editions: number[] }>();
  const notes = new Map<string, { question: QuestionDef; editions: number[] }>();
  for (const year of editions) {
    const def = getEdition(year);
    for (const question of def.questions) {
      const n = notes.get(question.id) ?? { question, editions: [] };
      n.editions.push(year);
      notes.set(question.id, n);
      for (const field of question.fields) {
        const name = columnName(question, field);
        const a = answers.get(name) ?? { question, field, editions: [] };
        a.editions.push(year);
        answers.set(name, a);
      }
    }
  }
  return [
    ...RESPONSE_COLUMNS.map((c) => ({ ...c, group: 'response' as const, editions })),
    ...[...answers.values()].flatMap((a) => answerColumns(a.question, a.field, a.editions)),
    ...[...notes.values()].map((n) => noteColumn(n.question, n.editions)),
  ];
}

/** Parts of a person record that exist in content but never in downloads. */
export const WITHHELD_PERSON_PARTS = PRIVATE_PERSON_PARTS;

/** A row of the data dictionary (CSV and JSON). */
export interface DictionaryEntry {
  readonly column: string;
  readonly section: string;
  readonly question_id: string;
  readonly question: string;
  readonly field_wording: string;
  readonly label: string;
  readonly type: string;
  readonly allowed_values: string;
  readonly unit: string;
  readonly editions: string;
}

export function dataDictionary(editions: readonly number[] = EDITION_YEARS): DictionaryEntry[] {
  return csvColumns(editions).map((c) => ({
    column: c.name,
    section: c.section ?? '',
    question_id: c.questionId ?? '',
    question: c.question ?? '',
    field_wording: c.fieldWording ?? '',
    label: c.label,
    type: c.type,
    allowed_values: c.allowedValues,
    unit: c.unit ?? '',
    editions: c.editions.join(' '),
  }));
}

/** The explicit tokens a cell may hold instead of a value, and what they mean. */
export const TOKEN_MEANINGS: Readonly<Record<(typeof CELL_TOKENS)[number], string>> = {
  not_given: 'The city gave no value for this field (no text, no number, no link).',
  withheld: 'The city asked for this field to be withheld; its value is not published.',
  not_in_edition: "The column's question is not part of the edition this response answered.",
};
