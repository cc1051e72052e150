import type { Document, LineCounter } from 'yaml';
import { readAnswer } from '../../fields/index.ts';
import type { FieldAnswer } from '../../fields/index.ts';
import type { EditionDef, FieldDef } from '../../questionnaire/index.ts';
import { formatLineSpec, readEvidence } from '../../schemas/evidence.ts';
import type { FieldEvidence, LineRange } from '../../schemas/evidence.ts';
import type { ResponseData } from '../../schemas/response.ts';
import { CHOSEN_MARK, UNCHOSEN_MARK } from '../import/marks.ts';
import type { Problem } from './index.ts';
import { appearsIn, hasWrittenWord } from './source-text.ts';
import { containsNumber } from './written-numbers.ts';
import { formatPath, positionOf } from './yaml-paths.ts';
import type { PathSegment } from './yaml-paths.ts';

/*
 * The evidence checks: every answer has source lines, every range is in the source document, and
 * what the answer says is on those lines — verbatim text, each URL, each part of an official's
 * record, the respondent's quote of each number, the written Yes/No or the ticked box of each
 * yes/no. Run on a response that passed the schema.
 */

/** The text of the response's source document, or undefined when there is none. */
export type ReadSource = (edition: number, document: string) => string | undefined;

export interface EvidenceInput {
  readonly file: string;
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  readonly def: EditionDef;
  readonly data: ResponseData;
  /** The source document's text; undefined when `source.document` names no file. */
  readonly source: string | undefined;
}

/** What a field holds, as far as evidence goes. */
type FieldState = 'answered' | 'not_legible' | 'not_answered' | 'absent';

function fieldState(answer: FieldAnswer | undefined): FieldState {
  if (!answer) return 'absent';
  if (answer.kind === 'closed' || answer.kind === 'choice') {
    if (answer.value === 'not_answered') return 'not_answered';
    if (answer.value === 'not_legible_in_source') return 'not_legible';
  }
  return 'answered';
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkEvidence(input: EvidenceInput): Problem[] {
  const { file, doc, lineCounter, def, data, source } = input;
  const problems: Problem[] = [];
  const at = (path: readonly PathSegment[], message: string, fallback?: readonly PathSegment[]) => {
    const { line, column } = positionOf(doc, lineCounter, fallback ?? path);
    problems.push({ file, line, column, field: formatPath(path), message });
  };
  // A final line break ends the last line; it does not start another.
  const sourceLines = source?.replace(/(\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/);
  if (source === undefined)
    at(
      ['source', 'document'],
      `names no source document: there is no file ${String(def.edition)}/${data.source.document} in the sources folder (content/sources/, or .sources/ in a generated content folder)`,
    );

  /** Problems with a field's ranges; the text on them when they all exist. */
  const linesText = (path: readonly PathSegment[], ranges: readonly LineRange[]): string | undefined => {
    if (!sourceLines) return undefined;
    const past = ranges.filter((r) => r.to > sourceLines.length);
    if (past.length) {
      at(path, `line ${formatLineSpec(past)} is past the end of ${data.source.document} (${String(sourceLines.length)} lines)`);
      return undefined;
    }
    return ranges.flatMap((r) => sourceLines.slice(r.from - 1, r.to)).join('\n');
  };

  const withheld = data.withheld ?? [];
  const evidence = readEvidence(def, data.evidence, withheld);
  if (evidence.city) linesText(['evidence', 'city'], evidence.city);
  if (evidence.submitted) linesText(['evidence', 'submitted'], evidence.submitted);
  for (const q of def.questions) {
    const answers = data.answers[q.id];
    for (const field of q.fields) {
      if (withheld.includes(`${q.id}.${field.key}`)) continue;
      const answer = readAnswer(field, isRecord(answers) ? answers[field.key] : undefined);
      const entry = evidence.fields[q.id]?.[field.key];
      const path = ['evidence', q.id, field.key];
      const state = fieldState(answer);
      if (!entry) {
        if (state === 'answered')
          at(path, `is missing: give the source lines this answer was read from (e.g. ${path.join('.')}: 194)`, [
            'answers',
            q.id,
            field.key,
          ]);
        continue;
      }
      if (state === 'absent' || state === 'not_answered') {
        at(
          path,
          state === 'absent' ? 'is evidence for a field with no answer: remove it' : 'is evidence for a field not answered: remove it',
        );
        continue;
      }
      checkEntry({ at, path, field, answer, state, entry, text: linesText(path, entry.lines) });
    }
  }
  return problems;
}

/** A check box, marked or not: a No may be read from an empty box among ticked ones. */
const BOX_MARK = new RegExp(`${CHOSEN_MARK.source}|${UNCHOSEN_MARK.source}`);

/** `line 194`, `lines 194-202`. */
const onLines = (ranges: readonly LineRange[]) =>
  `${ranges.length === 1 && ranges[0]?.from === ranges[0]?.to ? 'line' : 'lines'} ${formatLineSpec(ranges)}`;

interface EntryCheck {
  readonly at: (path: readonly PathSegment[], message: string) => void;
  readonly path: readonly PathSegment[];
  readonly field: FieldDef;
  readonly answer: FieldAnswer | undefined;
  readonly state: FieldState;
  readonly entry: FieldEvidence;
  /** The text of the entry's lines; undefined when the source or a line is missing (already reported). */
  readonly text: string | undefined;
}

/** The kind-specific checks of one evidence entry, reported through `at`. */
function checkEntry({ at, path, field, answer, state, entry, text }: EntryCheck): void {
  const lines = onLines(entry.lines);
  const notOn = (what: string) => `${what} is not on ${lines} of the source`;
  const isClosed = field.kind === 'closed';
  if (entry.basis !== undefined && !(isClosed && state === 'answered'))
    at(
      [...path, 'basis'],
      isClosed
        ? 'a basis is only for a yes or a no read in the source (transcriber inference is not a basis)'
        : `a basis is only for a yes/no field, not a ${field.kind} field`,
    );
  if (entry.quote !== undefined && field.kind !== 'percent')
    at([...path, 'quote'], 'a quote is only for a percentage (figures take `quotes`)');
  if (entry.quotes !== undefined && field.kind !== 'figures')
    at([...path, 'quotes'], '`quotes` are only for figures (a percentage takes `quote`)');
  if (!answer) return;

  switch (answer.kind) {
    case 'closed': {
      if (answer.value !== 'yes' && answer.value !== 'no') break;
      const word = answer.value === 'yes' ? 'Yes' : 'No';
      if (entry.basis === undefined)
        at(
          path,
          `needs basis: ticked (a box marked in the source) or written (the respondent wrote ${word}); transcriber inference is not a basis`,
        );
      else if (text !== undefined && entry.basis === 'written' && !hasWrittenWord(answer.value, text))
        at([...path, 'basis'], `is written, but the word ${word} is not on ${lines} of the source`);
      else if (text !== undefined && entry.basis === 'ticked' && !(answer.value === 'yes' ? CHOSEN_MARK : BOX_MARK).test(text))
        at(
          [...path, 'basis'],
          `is ticked, but no ${answer.value === 'yes' ? 'marked box (☒, [x] …)' : 'check box'} is on ${lines} of the source`,
        );
      break;
    }
    case 'text':
      if (text !== undefined && !appearsIn(answer.value, text))
        at(path, notOn('the text (verbatim, apart from line breaks and Markdown markers)'));
      break;
    case 'links':
      if (text !== undefined) for (const l of answer.value) if (!appearsIn(l.url, text)) at(path, notOn(`the URL ${l.url}`));
      break;
    case 'accounts':
      if (text !== undefined)
        for (const a of answer.value) {
          if (!appearsIn(a.url, text)) at(path, notOn(`the URL ${a.url}`));
          if (!appearsIn(a.platform, text)) at(path, notOn(`the platform "${a.platform}"`));
        }
      break;
    case 'person':
      if (text !== undefined)
        for (const [part, value] of Object.entries(answer.value))
          if (value !== undefined && !appearsIn(value, text)) at(path, notOn(`the ${part} "${value}"`));
      break;
    case 'percent':
      if (entry.quote === undefined) at(path, 'needs a quote: the respondent’s words the percentage was read from');
      else if (text !== undefined && !appearsIn(entry.quote, text)) at([...path, 'quote'], notOn('the quote'));
      else if (!containsNumber(entry.quote, answer.value))
        at([...path, 'quote'], `does not contain the percentage ${String(answer.value)}`);
      break;
    case 'figures': {
      const quotes = entry.quotes ?? [];
      if (quotes.length !== answer.value.length) {
        at(
          entry.quotes ? [...path, 'quotes'] : path,
          `needs one quote per figure: ${String(answer.value.length)} figures, ${String(quotes.length)} quotes`,
        );
        break;
      }
      answer.value.forEach((figure, i) => {
        const quote = quotes[i] ?? '';
        if (text !== undefined && !appearsIn(quote, text)) at([...path, 'quotes', i], notOn('the quote'));
        else if (!containsNumber(quote, figure.value))
          at([...path, 'quotes', i], `does not contain the figure ${String(figure.value)} in a written form (see docs/content-model.md)`);
      });
      break;
    }
    case 'choice':
      break;
  }
}
