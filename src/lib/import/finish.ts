import type { EditionDef, QuestionDef } from '../../questionnaire/index.ts';
import type { Draft } from '../scaffold/draft.ts';
import type { ReadState } from './assemble.ts';
import type { FinishContext } from './kind-importer.ts';
import { importerOf } from './kind-importers.ts';
import { anythingRead } from './readings.ts';
import type { ImportReport, PlacedUrl } from './report.ts';
import type { FieldEvidence, ResponseEvidence } from '../../schemas/evidence.ts';
import { compactLines } from './evidence.ts';
import type { SourceLine } from './lines.ts';

/* The draft assembler's second half: from what was read to the draft and the report. */

interface QuestionResult {
  readonly answers: Record<string, unknown>;
  readonly evidence: Record<string, FieldEvidence>;
  readonly notes: readonly string[];
  readonly todos: Record<string, string>;
  readonly comments: Record<string, string>;
  readonly urls: readonly PlacedUrl[];
  readonly notGiven: readonly string[];
}

/** A value that needs source lines: anything but nothing and `not_answered` (a not-legible yes/no keeps the lines it was not legible on). */
const hasEvidence = (value: unknown) => value !== undefined && value !== 'not_answered';

function finishQuestion(question: QuestionDef, state: ReadState, source: SourceText): QuestionResult {
  const readings = state.questions.get(question.id);
  const context: FinishContext = { question, readings, missing: !anythingRead(readings), lineText: source.lineText };
  const out: QuestionResult = { answers: {}, evidence: {}, notes: [], todos: {}, comments: {}, urls: [], notGiven: [] };
  const notes: string[] = [];
  const urls: PlacedUrl[] = [];
  const notGiven: string[] = [];
  for (const field of question.fields) {
    const path = `${question.id}.${field.key}`;
    const result = importerOf(field.kind).finish(field, context);
    if (result.value !== undefined) out.answers[field.key] = result.value;
    const lines = result.lines ?? readings?.lines.get(field.key) ?? [];
    if (hasEvidence(result.value) && lines.length)
      out.evidence[field.key] = {
        lines: compactLines(lines, source.contentLines),
        ...(result.basis && (result.value === 'yes' || result.value === 'no') ? { basis: result.basis } : {}),
        ...(result.quote !== undefined ? { quote: result.quote } : {}),
      };
    if (result.todo) out.todos[`answers.${path}`] = result.todo;
    if (result.comment) out.comments[`answers.${path}`] = result.comment;
    notes.push(...(result.notes ?? []));
    urls.push(...(result.urls ?? []).map((url) => ({ field: path, url })));
    if (result.notGiven) notGiven.push(path);
  }
  const kinds = new Set(question.fields.map((f) => f.kind));
  for (const kind of kinds) notes.push(...(importerOf(kind).questionNotes?.(context) ?? []));
  return { ...out, notes, urls, notGiven };
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a human must fill at the top of the file. */
function headerTodos(state: ReadState, todos: Readonly<Record<string, string>>): Record<string, string> {
  const { cityName, countryCode, countryFromDocument } = state.header;
  const out: Record<string, string> = {};
  if (!cityName) out['city.name'] = 'city name not found at the top of the form';
  if (!countryCode)
    out['city.country'] = countryFromDocument
      ? `country "${countryFromDocument}" not recognised`
      : 'country not found at the top of the form: pass --country XX';
  if (!state.submitted && !todos['submitted'])
    out['submitted'] = state.submittedRaw ? `could not read "${state.submittedRaw}"` : 'submission date not found: write it as YYYY-MM-DD';
  return out;
}

/** The document's lines as read: their text by number, for quotes and for joining ranges across blank lines. */
interface SourceText {
  readonly lineText: (line: number) => string | undefined;
  readonly contentLines: ReadonlySet<number>;
}

export function finishDraft(
  state: ReadState,
  def: EditionDef,
  lines: readonly SourceLine[] = [],
): { draft: Draft; report: ImportReport; evidence: ResponseEvidence } {
  const byNumber = new Map(lines.map((l) => [l.number, l.text]));
  const source: SourceText = { lineText: (n) => byNumber.get(n), contentLines: new Set(byNumber.keys()) };
  const answers: Record<string, Record<string, unknown>> = {};
  const fields: Record<string, Record<string, FieldEvidence>> = {};
  const notes: Record<string, string> = {};
  let todos: Record<string, string> = { ...state.todos };
  const comments: Record<string, string> = {};
  const urls: PlacedUrl[] = [];
  const notGiven: string[] = [];
  for (const question of def.questions) {
    const result = finishQuestion(question, state, source);
    answers[question.id] = result.answers;
    if (Object.keys(result.evidence).length) fields[question.id] = result.evidence;
    if (result.notes.length) notes[question.id] = result.notes.map(capitalised).join(' ');
    Object.assign(todos, result.todos);
    Object.assign(comments, result.comments);
    urls.push(...result.urls);
    notGiven.push(...result.notGiven);
  }
  todos = { ...todos, ...headerTodos(state, todos) };
  const { cityName, countryCode } = state.header;
  const draft: Draft = {
    edition: def.edition,
    city: { ...(cityName ? { name: cityName } : {}), ...(countryCode ? { country: countryCode } : {}) },
    ...(state.submitted ? { submitted: state.submitted } : {}),
    notes,
    answers,
    todos,
    comments,
  };
  const report: ImportReport = {
    edition: def.edition,
    questionsFound: state.order,
    questionsMissing: def.questions.filter((q) => !state.order.includes(q.id)).map((q) => q.id),
    urls,
    todos,
    unplaced: state.unplaced,
    stripped: state.stripped,
    notGiven,
  };
  // The city's name and its country are two facts: their lines stay apart.
  const evidence: ResponseEvidence = {
    ...(state.headerLines.length ? { city: state.headerLines.map((line) => ({ from: line, to: line })) } : {}),
    ...(state.submitted && state.submittedLines.length ? { submitted: compactLines(state.submittedLines, source.contentLines) } : {}),
    fields,
  };
  return { draft, report, evidence };
}
