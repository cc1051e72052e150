import type { EditionDef, FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import { classifyLine } from './classify.ts';
import type { LineClass } from './classify.ts';
import type { FormText } from './form-text.ts';
import { readHeaderLine } from './header.ts';
import type { Header } from './header.ts';
import type { AnswerLine, LabelLine, LineOutcome } from './kind-importer.ts';
import { importerOf, READ_ORDER } from './kind-importers.ts';
import type { SourceLine } from './lines.ts';
import { changedFields, emptyReadings, withLine } from './readings.ts';
import type { QuestionReadings } from './readings.ts';
import type { StrippedLine, UnplacedLine } from './report.ts';
import { parseDate, readDateLine } from './submitted.ts';
import { readUrlLine } from './url-line.ts';

/*
 * The draft assembler's reading half: a step function from the reading so far
 * and one classified line to the next reading. Every line ends up in a
 * question's readings, the header, or the report (stripped or unplaced).
 */

export interface ReadState {
  /** By question id. */
  readonly questions: ReadonlyMap<string, QuestionReadings>;
  /** Question ids in the order the document shows them. */
  readonly order: readonly string[];
  readonly current: QuestionDef | null;
  readonly section: string | null;
  /** The field whose label was seen last in the current question. */
  readonly labelled: FieldDef | null;
  /** Compact wording still expected on the next line. */
  readonly pending: string | null;
  /** Footnotes or page furniture were removed since the last answer line: a paragraph may continue. */
  readonly interrupted: boolean;
  readonly header: Header;
  /** The submission date as YYYY-MM-DD, and as written. */
  readonly submitted: string | null;
  readonly submittedRaw: string | null;
  readonly todos: Readonly<Record<string, string>>;
  readonly unplaced: readonly UnplacedLine[];
  readonly stripped: readonly StrippedLine[];
  /** Source lines of the header (the city's name and country) and of the submission date: their evidence. */
  readonly headerLines: readonly number[];
  readonly submittedLines: readonly number[];
}

export function initialState(country?: string): ReadState {
  return {
    questions: new Map(),
    order: [],
    current: null,
    section: null,
    labelled: null,
    pending: null,
    interrupted: false,
    header: country ? { countryCode: country } : {},
    submitted: null,
    submittedRaw: null,
    todos: {},
    unplaced: [],
    stripped: [],
    headerLines: [],
    submittedLines: [],
  };
}

const strip = (state: ReadState, line: SourceLine, kind: StrippedLine['kind'], text = line.text): ReadState => ({
  ...state,
  stripped: [...state.stripped, { line: line.number, text, kind }],
});
const unplace = (state: ReadState, line: SourceLine, text: string, reason: string): ReadState => ({
  ...state,
  unplaced: [...state.unplaced, { line: line.number, text, reason }],
});
const readingsOf = (state: ReadState, q: QuestionDef) => state.questions.get(q.id) ?? emptyReadings(q);
const withReadings = (state: ReadState, readings: QuestionReadings): ReadState => ({
  ...state,
  questions: new Map(state.questions).set(readings.question.id, readings),
});

/** A submission date line: read into the state; null for other lines. */
function readSubmitted(state: ReadState, text: string): ReadState | null {
  const raw = readDateLine(text);
  if (raw === null) return null;
  if (!raw) return state;
  const submitted = parseDate(raw);
  const todos = submitted ? state.todos : { ...state.todos, submitted: `could not read the date "${raw}": write it as YYYY-MM-DD` };
  return { ...state, submitted, submittedRaw: raw, todos };
}

function applyOutcome(state: ReadState, line: SourceLine, text: string, outcome: LineOutcome): ReadState {
  let next = withReadings(state, outcome.readings);
  if (outcome.formText) next = strip(next, line, 'form text', text);
  if (outcome.unplaced) next = unplace(next, line, text, outcome.unplaced);
  return next;
}

/** Offer an answer line to each kind in turn, until one has read it all. */
function readByKinds(state: ReadState, line: SourceLine, answer: AnswerLine, readings: QuestionReadings): ReadState {
  let next = state;
  let current = readings;
  for (const kind of READ_ORDER) {
    const outcome = importerOf(kind).read?.(answer, { readings: current, labelled: state.labelled });
    if (!outcome) continue;
    next = applyOutcome(next, line, answer.text, outcome);
    current = outcome.readings;
    if (outcome.done) return next;
  }
  const q = current.question;
  next = withReadings(next, { ...current, answered: true });
  return unplace(next, line, answer.text, answer.urls ? `${q.id} has no field for this link` : `${q.id} has no free-text field here`);
}

/** Place one piece of answer content in the current question (or the header, before the first section). */
export function placeAnswer(state: ReadState, line: SourceLine, content: string): ReadState {
  const text = content.trim();
  if (!text) return state;
  if (!state.current) {
    if (state.section) return unplace(state, line, text, 'no question to attach it to');
    const read = readHeaderLine(text, state.header);
    const next = { ...state, header: read.header };
    return read.unplaced ? unplace(next, line, text, read.unplaced) : next;
  }
  const q = state.current;
  const readings = readingsOf(state, q);
  const seen: ReadState = {
    ...state,
    interrupted: false,
    order: readings.found || state.order.includes(q.id) ? state.order : [...state.order, q.id],
  };
  const dated = readSubmitted(seen, text);
  if (dated) return withReadings(dated, { ...readings, answered: true });
  const answer: AnswerLine = {
    number: line.number,
    text,
    startsParagraph: line.startsParagraph,
    afterInterruption: state.interrupted,
    urls: readUrlLine(text),
  };
  return readByKinds(seen, line, answer, readings);
}

function enterSection(state: ReadState, section: string, def: EditionDef): ReadState {
  const first = def.questions.find((q) => q.section === section && !state.questions.get(q.id)?.found);
  const next = { ...state, section, labelled: null, current: first ?? null };
  return first ? withReadings(next, readingsOf(next, first)) : next;
}

function enterQuestion(state: ReadState, question: QuestionDef): ReadState {
  const readings = readingsOf(state, question);
  if (readings.found && state.current === question) return withReadings(state, readings);
  const next: ReadState = {
    ...state,
    order: readings.found ? state.order : [...state.order, question.id],
    current: question,
    section: question.section,
    labelled: null,
  };
  return withReadings(next, { ...readings, found: true });
}

function readLabel(state: ReadState, line: SourceLine, cls: Extract<LineClass, { kind: 'label' }>): ReadState {
  if (!state.current) return state;
  const readings = readingsOf(state, state.current);
  const label: LabelLine = {
    number: line.number,
    startsParagraph: line.startsParagraph,
    field: cls.field,
    ...(cls.option ? { option: cls.option } : {}),
    mark: cls.mark,
    rest: cls.remainder,
  };
  const labelled = { ...state, labelled: cls.field };
  // Options belong to their choice field, so the field's kind reads them too.
  const outcome = importerOf(cls.field.kind).readLabel?.(label, { readings, labelled: cls.field });
  if (!outcome) return placeAnswer(labelled, line, cls.remainder);
  const next = withReadings(labelled, outcome.readings);
  if (outcome.unplaced) return unplace(next, line, outcome.unplaced.text, outcome.unplaced.reason);
  return outcome.answer ? placeAnswer(next, line, outcome.answer) : next;
}

/** The reading after one more line, with the line recorded as evidence of whatever it was read into. */
export function step(state: ReadState, line: SourceLine, cls: LineClass, def: EditionDef): ReadState {
  return recordLine(state, readLine(state, line, cls, def), line, cls);
}

function recordLine(before: ReadState, after: ReadState, line: SourceLine, cls: LineClass): ReadState {
  let questions = after.questions;
  const record = (readings: QuestionReadings, keys: readonly string[]) => {
    if (keys.length) questions = new Map(questions).set(readings.question.id, withLine(readings, keys, line.number));
  };
  for (const [id, readings] of after.questions) {
    const earlier = before.questions.get(id);
    if (earlier !== readings) record(readings, changedFields(earlier ?? emptyReadings(readings.question), readings));
  }
  // The second line of a label printed over two lines (a long checklist item) belongs to its field.
  const labelled = before.labelled;
  const current = before.current && questions.get(before.current.id);
  if (cls.kind === 'continuation' && labelled && current?.lines.has(labelled.key)) record(current, [labelled.key]);
  const { header } = after;
  const headerRead = header.cityName !== before.header.cityName || header.countryFromDocument !== before.header.countryFromDocument;
  return {
    ...after,
    questions,
    headerLines: headerRead ? [...after.headerLines, line.number] : after.headerLines,
    submittedLines: after.submittedRaw !== before.submittedRaw ? [...after.submittedLines, line.number] : after.submittedLines,
  };
}

function readLine(state: ReadState, line: SourceLine, cls: LineClass, def: EditionDef): ReadState {
  switch (cls.kind) {
    case 'footnote':
      return { ...strip(state, line, 'footnote'), interrupted: true };
    case 'furniture':
      return { ...strip(state, line, cls.as), interrupted: true };
    case 'continuation':
      return placeAnswer(strip({ ...state, pending: cls.pending }, line, 'form text'), line, cls.remainder);
    case 'section':
      return strip(enterSection({ ...state, pending: null }, cls.section, def), line, 'form text');
    case 'question':
      return placeAnswer(strip({ ...enterQuestion(state, cls.question), pending: cls.pending }, line, 'form text'), line, cls.remainder);
    case 'label':
      return readLabel(strip({ ...state, pending: cls.pending }, line, 'form text'), line, cls);
    case 'form text':
      return strip({ ...state, pending: null }, line, 'form text');
    case 'unknown question':
      return unplace({ ...state, pending: null }, line, line.text, 'looks like a question, but not one of this edition');
    case 'answer':
      return placeAnswer({ ...state, pending: null }, line, line.text);
  }
}

/** Read a whole document: each line classified where the reading stands, then stepped. */
export function readDocument(lines: readonly SourceLine[], form: FormText, country?: string): ReadState {
  return lines.reduce(
    (state, line) =>
      step(
        state,
        line,
        classifyLine(line.text, form, { pending: state.pending, section: state.section, current: state.current }),
        form.edition,
      ),
    initialState(country),
  );
}
