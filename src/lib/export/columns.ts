import { FIELD_KIND_NAMES, FIELD_KINDS, isCellKind } from '../../fields/index.ts';
import type { CellKind, FieldAnswer, FieldKindName } from '../../fields/index.ts';
import { i18n } from '../../i18n/index.ts';
import type { I18n, MessageKey } from '../../i18n/index.ts';
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
 * a new question or edition adds columns here without any change to this file. The dictionary's
 * words (labels, allowed values, token meanings) are interface text, in the build's locale.
 */

/** What the dictionary's words need of an I18n (tests pass the pseudo-locale's). */
export type DictionaryText = Pick<I18n, 't'>;

/** Column types that are not answer kinds. Each type's words are `export.types.<type>`: a type without them does not compile. */
const RESPONSE_TYPES = ['identifier', 'text', 'number', 'boolean', 'date'] as const;

export type ColumnType = (typeof RESPONSE_TYPES)[number] | CellKind | `${FieldKindName} part`;

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
  /** The questionnaire field of an answer column (the record's, for a person part). */
  readonly field?: FieldDef;
  /** The part of a record (`name` of `I.3.cio.name`). */
  readonly part?: string;
  /** The question's wording, verbatim. */
  readonly question?: string;
  /** The form's wording for this part of the question, where it has one. */
  readonly fieldWording?: string;
  readonly allowedValues: string;
  /** The allowed values of a present value (without the tokens of an absent one). */
  readonly valueAllowed?: string;
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

function responseColumns({ t }: DictionaryText): readonly Omit<ColumnDef, 'editions' | 'group'>[] {
  const freeText = t('fields.allowed.text');
  const singleLine = t('export.allowed.singleLine');
  return [
    {
      name: 'id',
      type: 'identifier',
      label: t('export.columns.id'),
      allowedValues: t('export.allowed.id'),
      cell: (r) => r.id,
    },
    {
      name: 'slug',
      type: 'identifier',
      label: t('export.columns.slug'),
      allowedValues: t('export.allowed.slug'),
      cell: (r) => r.slug,
    },
    {
      name: 'edition',
      type: 'number',
      label: t('export.columns.edition'),
      allowedValues: EDITION_YEARS.join(' | '),
      cell: (r) => String(r.edition),
    },
    {
      name: 'city',
      type: 'text',
      label: t('export.columns.city'),
      allowedValues: singleLine,
      cell: (r) => r.city.name,
    },
    {
      name: 'local_name',
      type: 'text',
      label: t('export.columns.local_name'),
      allowedValues: `${singleLine} | ${NOT_GIVEN}`,
      cell: (r) => orNotGiven(r.city.local_name),
    },
    {
      name: 'country_code',
      type: 'identifier',
      label: t('export.columns.country_code'),
      allowedValues: t('export.allowed.countryCode'),
      cell: (r) => r.country.code,
    },
    {
      name: 'country',
      type: 'text',
      label: t('export.columns.country'),
      allowedValues: singleLine,
      cell: (r) => r.country.name,
    },
    {
      name: 'country_m49',
      type: 'identifier',
      label: t('export.columns.country_m49'),
      allowedValues: t('export.allowed.m49'),
      cell: (r) => r.country.m49,
    },
    {
      name: 'region',
      type: 'text',
      label: t('export.columns.region'),
      allowedValues: 'Africa | Americas | Asia | Europe | Oceania',
      cell: (r) => r.country.region,
    },
    { name: 'subregion', type: 'text', label: t('export.columns.subregion'), allowedValues: singleLine, cell: (r) => r.country.subregion },
    {
      name: 'lat',
      type: 'number',
      label: t('export.columns.lat'),
      allowedValues: t('export.allowed.latitude'),
      unit: t('export.units.degrees'),
      cell: (r) => String(r.city.coordinates.lat),
    },
    {
      name: 'lon',
      type: 'number',
      label: t('export.columns.lon'),
      allowedValues: t('export.allowed.longitude'),
      unit: t('export.units.degrees'),
      cell: (r) => String(r.city.coordinates.lon),
    },
    {
      name: 'submitted',
      type: 'date',
      label: t('export.columns.submitted'),
      allowedValues: t('export.allowed.date'),
      cell: (r) => r.submitted,
    },
    {
      name: 'fictional',
      type: 'boolean',
      label: t('export.columns.fictional'),
      allowedValues: 'true | false',
      cell: (r) => String(r.fictional),
    },
    {
      name: 'source_document',
      type: 'text',
      label: t('export.columns.source_document'),
      allowedValues: singleLine,
      cell: (r) => r.source.document,
    },
    {
      name: 'source_format',
      type: 'text',
      label: t('export.columns.source_format'),
      allowedValues: singleLine,
      cell: (r) => r.source.format,
    },
    {
      name: 'source_note',
      type: 'text',
      label: t('export.columns.source_note'),
      allowedValues: `${freeText} | ${NOT_GIVEN}`,
      cell: (r) => orNotGiven(r.source.note),
    },
    {
      name: 'withheld',
      type: 'text',
      label: t('export.columns.withheld'),
      allowedValues: `${t('export.allowed.withheld')} | ${t('export.allowed.nothingWithheld', { token: NOT_GIVEN })}`,
      cell: (r) => (r.withheld.length ? r.withheld.join(' ') : NOT_GIVEN),
    },
    {
      name: 'profile',
      type: 'identifier',
      label: t('export.columns.profile'),
      allowedValues: t('export.allowed.url'),
      cell: (r) => r.profile,
    },
  ];
}

/** The allowed values of a present value of the field, in words. */
function ownAllowedValues(field: FieldDef, text: DictionaryText): string {
  const kind = FIELD_KINDS[field.kind];
  return 'cell' in kind.csv ? kind.csv.cell.allowedValues(field, text) : kind.csv.parts.allowedValues(field, text);
}

/** The data dictionary's allowed values: the kind's own, and the token of an absent value where the kind may be absent. */
function allowedValues(field: FieldDef, text: DictionaryText): string {
  const own = ownAllowedValues(field, text);
  return FIELD_KINDS[field.kind].required ? own : `${own} | ${NOT_GIVEN}`;
}

function answerColumns(question: QuestionDef, field: FieldDef, editions: readonly number[], text: DictionaryText): ColumnDef[] {
  const common = {
    group: 'answer' as const,
    section: question.section,
    questionId: question.id,
    question: question.wording,
    field,
    ...(field.wording ? { fieldWording: field.wording } : {}),
    editions,
  };
  const edition = (r: ExportedResponse) => editions.includes(r.edition);
  const kind = FIELD_KINDS[field.kind];
  if ('parts' in kind.csv) {
    return kind.csv.parts.parts.map((part) => ({
      ...common,
      part,
      name: `${columnName(question, field)}.${part}`,
      type: `${field.kind} part` as const,
      label: text.t('export.columns.part', { label: field.label, part }),
      allowedValues: allowedValues(field, text),
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
      allowedValues: allowedValues(field, text),
      valueAllowed: ownAllowedValues(field, text),
      ...(field.unit ? { unit: field.unit } : {}),
      cell: (r: ExportedResponse) => (edition(r) ? statusCell(fieldStatus(answersOf(r), question, field)) : NOT_IN_EDITION),
    },
  ];
}

/** Transcriber notes, one column per question: they explain how closed answers were read. */
function noteColumn(question: QuestionDef, editions: readonly number[], { t }: DictionaryText): ColumnDef {
  return {
    name: `notes.${question.id}`,
    group: 'note',
    type: 'text',
    label: t('export.columns.note', { question: question.id }),
    section: question.section,
    questionId: question.id,
    question: question.wording,
    allowedValues: `${t('fields.allowed.text')} | ${t('export.allowed.noNote', { token: NOT_GIVEN })}`,
    editions,
    cell: (r) => (editions.includes(r.edition) ? orNotGiven(r.notes[question.id]) : NOT_IN_EDITION),
  };
}

/**
 * Every CSV column, in order: response facts, then each edition's answer columns in questionnaire
 * order (a column shared by several editions appears once), then the transcriber notes.
 */
export function csvColumns(editions: readonly number[] = EDITION_YEARS, text: DictionaryText = i18n): ColumnDef[] {
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
    ...responseColumns(text).map((c) => ({ ...c, group: 'response' as const, editions })),
    ...[...answers.values()].flatMap((a) => answerColumns(a.question, a.field, a.editions, text)),
    ...[...notes.values()].map((n) => noteColumn(n.question, n.editions, text)),
  ];
}

/** Parts of a person record that exist in content but never in downloads. */
export const WITHHELD_PERSON_PARTS = PRIVATE_PERSON_PARTS;

type CellToken = (typeof CELL_TOKENS)[number];
const TOKEN_KEYS = {
  not_given: 'export.tokens.not_given',
  withheld: 'export.tokens.withheld',
  not_in_edition: 'export.tokens.not_in_edition',
} as const satisfies Record<CellToken, MessageKey>;

/** The explicit tokens a cell may hold instead of a value, and what they mean. */
export function tokenMeanings({ t }: DictionaryText = i18n): Readonly<Record<CellToken, string>> {
  return { not_given: t(TOKEN_KEYS.not_given), withheld: t(TOKEN_KEYS.withheld), not_in_edition: t(TOKEN_KEYS.not_in_edition) };
}

/** A column type (`identifier`, `person part`) in words, for the /data/ page; downloads keep the type names. */
export function columnTypeLabel(type: string, { t }: DictionaryText = i18n): string {
  const partOf = FIELD_KIND_NAMES.find((k) => type === `${k} part`);
  if (partOf) return t('export.types.part', { kind: t(`export.types.${partOf}`) });
  const named = FIELD_KIND_NAMES.find((k) => k === type) ?? RESPONSE_TYPES.find((k) => k === type);
  if (!named) throw new Error(`No words for the column type "${type}"`);
  return t(`export.types.${named}`);
}
