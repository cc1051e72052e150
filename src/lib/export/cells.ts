import { CLOSED_STATES } from '../../questionnaire/index.ts';
import type { FieldKind } from '../../questionnaire/index.ts';
import type { ExportedLink } from './exported.ts';

/*
 * How one answer value is written in a CSV cell, and read back. Every cell holds a value or an
 * explicit token; no cell is ever blank. The decoder is the documented format (docs/data.md):
 * the tests read every cell back with it and compare with the JSON.
 */

/** The city gave no value for this field (or the response has no such item). */
export const NOT_GIVEN = 'not_given';
/** The city asked to withhold this field. */
export const WITHHELD = 'withheld';
/** The column belongs to a questionnaire edition other than this response's. */
export const NOT_IN_EDITION = 'not_in_edition';
export const CELL_TOKENS = [NOT_GIVEN, WITHHELD, NOT_IN_EDITION] as const;
export type CellToken = (typeof CELL_TOKENS)[number];

/** One item per line inside a cell (links, figures, accounts). */
export const LIST_SEPARATOR = '\n';

export interface Figure {
  readonly label: string;
  readonly value: number;
  readonly unit?: string;
  readonly year?: number;
}
export interface Account {
  readonly platform: string;
  readonly url: string;
}

/** `https://a.example` or `https://a.example (label)`. URLs never contain spaces, so the first space ends the URL. */
function encodeLink(url: string, label?: string): string {
  return label === undefined ? url : `${url} (${label})`;
}
function decodeLink(line: string): { url: string; label?: string } {
  const space = line.search(/\s/);
  if (space < 0) return { url: line };
  const rest = line.slice(space + 1);
  if (!rest.startsWith('(') || !rest.endsWith(')')) throw new Error(`Not a link line: ${JSON.stringify(line)}`);
  return { url: line.slice(0, space), label: rest.slice(1, -1) };
}

/** `label (year): value unit` — year and unit only when given. */
function encodeFigure(f: Figure): string {
  return `${f.label}${f.year !== undefined ? ` (${f.year})` : ''}: ${String(f.value)}${f.unit !== undefined ? ` ${f.unit}` : ''}`;
}
function decodeFigure(line: string): Figure {
  const colon = line.lastIndexOf(': ');
  if (colon < 0) throw new Error(`Not a figure line: ${JSON.stringify(line)}`);
  let label = line.slice(0, colon);
  const tail = line.slice(colon + 2);
  const space = tail.indexOf(' ');
  const value = Number(space < 0 ? tail : tail.slice(0, space));
  const unit = space < 0 ? undefined : tail.slice(space + 1);
  const year = / \((\d{4})\)$/.exec(label);
  if (year) label = label.slice(0, -year[0].length);
  return { label, value, ...(unit !== undefined ? { unit } : {}), ...(year ? { year: Number(year[1]) } : {}) };
}

/** The answer kinds a CSV cell can hold (a person is split into one column per part, each `text`). */
export type CellKind = Exclude<FieldKind, 'person'>;

/**
 * Write a present value. Throws when the text could not be read back unambiguously (a text that
 * equals a token, a URL with a space): the build fails rather than publish an ambiguous cell.
 */
export function encodeCell(kind: CellKind, value: unknown): string {
  let text: string;
  switch (kind) {
    case 'closed':
    case 'choice':
    case 'text':
      text = String(value);
      break;
    case 'percent':
      text = String(value as number);
      break;
    case 'links':
      text = (value as readonly ExportedLink[])
        .map((l) => (typeof l === 'string' ? encodeLink(l) : encodeLink(l.url, l.label)))
        .join(LIST_SEPARATOR);
      break;
    case 'figures':
      text = (value as readonly Figure[]).map(encodeFigure).join(LIST_SEPARATOR);
      break;
    case 'accounts':
      text = (value as readonly Account[]).map((a) => encodeLink(a.url, a.platform)).join(LIST_SEPARATOR);
      break;
  }
  if ((CELL_TOKENS as readonly string[]).includes(text) || text === '') {
    throw new Error(`A ${kind} value reads as the token ${JSON.stringify(text)} in the CSV; it cannot be told apart from an absent value.`);
  }
  const back = decodeCell(kind, text);
  if (JSON.stringify(back) !== JSON.stringify(normalise(kind, value))) {
    throw new Error(
      `A ${kind} value cannot be written unambiguously in the CSV: ${JSON.stringify(value)} reads back as ${JSON.stringify(back)}`,
    );
  }
  return text;
}

/** A value in the form `decodeCell` returns: links as `{ url, label? }`, figures with keys in a fixed order. */
export function normalise(kind: CellKind, value: unknown): unknown {
  switch (kind) {
    case 'links':
      return (value as readonly ExportedLink[]).map((l) => (typeof l === 'string' ? { url: l } : { url: l.url, label: l.label }));
    case 'figures':
      return (value as readonly Figure[]).map((f) => ({
        label: f.label,
        value: f.value,
        ...(f.unit !== undefined ? { unit: f.unit } : {}),
        ...(f.year !== undefined ? { year: f.year } : {}),
      }));
    case 'accounts':
      return (value as readonly Account[]).map((a) => ({ platform: a.platform, url: a.url }));
    default:
      return value;
  }
}

export type DecodedCell = { readonly token: CellToken } | { readonly value: unknown };

/** Read a cell back: a token, or the value in the form `normalise` gives. */
export function decodeCell(kind: CellKind, text: string): unknown {
  switch (kind) {
    case 'closed':
      if (!(CLOSED_STATES as readonly string[]).includes(text)) throw new Error(`Not a closed answer: ${JSON.stringify(text)}`);
      return text;
    case 'choice':
    case 'text':
      return text;
    case 'percent': {
      const n = Number(text);
      if (text.trim() === '' || Number.isNaN(n)) throw new Error(`Not a number: ${JSON.stringify(text)}`);
      return n;
    }
    case 'links':
      return text.split(LIST_SEPARATOR).map(decodeLink);
    case 'figures':
      return text.split(LIST_SEPARATOR).map(decodeFigure);
    case 'accounts':
      return text.split(LIST_SEPARATOR).map((line) => {
        const l = decodeLink(line);
        if (l.label === undefined) throw new Error(`An account line needs a platform: ${JSON.stringify(line)}`);
        return { platform: l.label, url: l.url };
      });
  }
}

/** Read any cell: tokens first, then the value. */
export function readCell(kind: CellKind, text: string): DecodedCell {
  if ((CELL_TOKENS as readonly string[]).includes(text)) return { token: text as CellToken };
  return { value: decodeCell(kind, text) };
}
