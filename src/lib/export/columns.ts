import { FIELD_KINDS, isCellKind } from '../../fields/index.ts';
import type { CellKind, FieldAnswer, FieldKindName } from '../../fields/index.ts';
import { FREE_TEXT } from '../../fields/text/index.ts';
import { columnName, EDITION_YEARS, getEdition, PRIVATE_PERSON_PARTS } from '../../questionnaire/index.ts';
import type { FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import { fieldStatus } from '../data/answers.ts';
import type { AnswerSource, FieldStatus } from '../data/answers.ts';
import { readAnswers } from '../data/response.ts';
import { NOT_GIVEN, NOT_IN_EDITION, WITHHELD, encodeAnswer } from './cells.ts';
import type { CELL_TOKENS } from './cells.ts';
import type { ExportedResponse } from './exported.ts';

/*
 * The CSV's columns and the data dictionary, both generated from the questionnaire definition:
 * a new question or edition adds columns here without any change to this file.
 */

export type ColumnType = 'identifier' | 'text' | 'number' | 'boolean' | 'date' | CellKind | `${FieldKindName} part`;

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

const orNotGiven = (v: string | undefined) => (v === undefined || v === '' ? NOT_GIVEN : v);

// A download's answers read through the registry once per response, however many columns ask.
const readDownloads = new WeakMap<ExportedResponse, AnswerSource>();
function answersOf(r: ExportedResponse): AnswerSource {
  let source = readDownloads.get(r);
  if (!source) readDownloads.set(r, (source = { withheld: r.withheld, answers: readAnswers(getEdition(r.edition), r.answers) }));
  return source;
}

function statusCell(status: FieldStatus): string {
  if (status.kind === 'withheld') return WITHHELD;
  if (status.kind === 'absent') return NOT_GIVEN;
  return encodeAnswer(status.answer);
}

/** One part of a record (`I.3.cio.name`): its text, or not given. */
function partCell<K extends FieldKindName>(answer: FieldAnswer<K>, part: string): string {
  const csv = FIELD_KINDS[answer.kind].csv;
  return orNotGiven('parts' in csv ? csv.parts.part(answer.value, part) : undefined);
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

/** The data dictionary's allowed values: the kind's own, and the token of an absent value where the kind may be absent. */
function allowedValues(field: FieldDef): string {
  const kind = FIELD_KINDS[field.kind];
  const own = 'cell' in kind.csv ? kind.csv.cell.allowedValues(field) : kind.csv.parts.allowedValues(field);
  return kind.required ? own : `${own} | ${NOT_GIVEN}`;
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
  const kind = FIELD_KINDS[field.kind];
  if ('parts' in kind.csv) {
    return kind.csv.parts.parts.map((part) => ({
      ...common,
      name: `${columnName(question, field)}.${part}`,
      type: `${field.kind} part` as const,
      label: `${field.label}: ${part}`,
      allowedValues: allowedValues(field),
      cell: (r: ExportedResponse) => {
        if (!edition(r)) return NOT_IN_EDITION;
        const status = fieldStatus(answersOf(r), question, field, part);
        return status.kind === 'value' ? partCell(status.answer, part) : statusCell(status);
      },
    }));
  }
  if (!isCellKind(field.kind)) throw new Error(`${field.kind} is neither one cell nor parts`);
  return [
    {
      ...common,
      name: columnName(question, field),
      type: field.kind,
      label: field.label,
      allowedValues: allowedValues(field),
      ...(field.unit ? { unit: field.unit } : {}),
      cell: (r: ExportedResponse) => (edition(r) ? statusCell(fieldStatus(answersOf(r), question, field)) : NOT_IN_EDITION),
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
