import { FIELD_KINDS } from '../../fields/index.ts';
import type { CellKind, FieldAnswer, FieldKindName } from '../../fields/index.ts';

export type { CellKind } from '../../fields/index.ts';

export { LIST_SEPARATOR } from '../../fields/cells.ts';

/*
 * How one answer value is written in a CSV cell, and read back. Every cell holds a value or an
 * explicit token; no cell is ever blank. Each kind's format lives in its module (src/fields/<kind>);
 * the decoder is the documented format (docs/data.md): the tests read every cell back with it and
 * compare with the JSON.
 */

/** The city gave no value for this field (or the response has no such item). */
export const NOT_GIVEN = 'not_given';
/** The city asked to withhold this field. */
export const WITHHELD = 'withheld';
/** The column belongs to a questionnaire edition other than this response's. */
export const NOT_IN_EDITION = 'not_in_edition';
export const CELL_TOKENS = [NOT_GIVEN, WITHHELD, NOT_IN_EDITION] as const;
export type CellToken = (typeof CELL_TOKENS)[number];

const isToken = (text: string): text is CellToken => CELL_TOKENS.some((t) => t === text);

/** The cell text of an answer, before the token and round-trip checks. */
function cellText<K extends FieldKindName>(answer: FieldAnswer<K>): string {
  const csv = FIELD_KINDS[answer.kind].csv;
  if (!('cell' in csv)) throw new Error(`A ${answer.kind} value is written over several columns, not one cell`);
  return csv.cell.encode(answer.value);
}

/**
 * Write a present value. Throws when the text could not be read back unambiguously (a text that
 * equals a token, a URL with a space): the build fails rather than publish an ambiguous cell.
 */
export function encodeAnswer(answer: FieldAnswer): string {
  const text = cellText(answer);
  if (isToken(text) || text === '') {
    throw new Error(
      `A ${answer.kind} value reads as the token ${JSON.stringify(text)} in the CSV; it cannot be told apart from an absent value.`,
    );
  }
  const back = decodeCell(answer.kind, text);
  if (JSON.stringify(back) !== JSON.stringify(answer.value)) {
    throw new Error(
      `A ${answer.kind} value cannot be written unambiguously in the CSV: ${JSON.stringify(answer.value)} reads back as ${JSON.stringify(back)}`,
    );
  }
  return text;
}

/** Write a stored value (a download's or a content file's) of a kind: `encodeAnswer` of the value read. */
export function encodeCell(kind: CellKind, value: unknown): string {
  const answer = FIELD_KINDS[kind].answer(value);
  if (!answer) throw new Error(`An empty ${kind} value has no cell: it is ${NOT_GIVEN}`);
  return encodeAnswer(answer);
}

/** A stored value in the form `decodeCell` returns: links as `{ url, label? }`, figures with keys in a fixed order. */
export function normalise(kind: FieldKindName, value: unknown): unknown {
  return FIELD_KINDS[kind].read(value);
}

export type DecodedCell = { readonly token: CellToken } | { readonly value: unknown };

/** Read a cell back: the value in the form `normalise` gives. */
export function decodeCell(kind: FieldKindName, text: string): unknown {
  const csv = FIELD_KINDS[kind].csv;
  if (!('cell' in csv)) throw new Error(`A ${kind} value is written over several columns, not one cell`);
  return csv.cell.decode(text);
}

/** Read any cell: tokens first, then the value. */
export function readCell(kind: CellKind, text: string): DecodedCell {
  if (isToken(text)) return { token: text };
  return { value: decodeCell(kind, text) };
}
