import type { EditionDef, QuestionDef } from '../../questionnaire/index.ts';
import type { Draft } from '../scaffold/draft.ts';
import type { ReadState } from './assemble.ts';
import type { FinishContext } from './kind-importer.ts';
import { importerOf } from './kind-importers.ts';
import { anythingRead } from './readings.ts';
import type { ImportReport, PlacedUrl } from './report.ts';

/* The draft assembler's second half: from what was read to the draft and the report. */

interface QuestionResult {
  readonly answers: Record<string, unknown>;
  readonly notes: readonly string[];
  readonly todos: Record<string, string>;
  readonly comments: Record<string, string>;
  readonly urls: readonly PlacedUrl[];
  readonly notGiven: readonly string[];
}

function finishQuestion(question: QuestionDef, state: ReadState): QuestionResult {
  const readings = state.questions.get(question.id);
  const context: FinishContext = { question, readings, missing: !anythingRead(readings) };
  const out: QuestionResult = { answers: {}, notes: [], todos: {}, comments: {}, urls: [], notGiven: [] };
  const notes: string[] = [];
  const urls: PlacedUrl[] = [];
  const notGiven: string[] = [];
  for (const field of question.fields) {
    const path = `${question.id}.${field.key}`;
    const result = importerOf(field.kind).finish(field, context);
    if (result.value !== undefined) out.answers[field.key] = result.value;
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

export function finishDraft(state: ReadState, def: EditionDef): { draft: Draft; report: ImportReport } {
  const answers: Record<string, Record<string, unknown>> = {};
  const notes: Record<string, string> = {};
  let todos: Record<string, string> = { ...state.todos };
  const comments: Record<string, string> = {};
  const urls: PlacedUrl[] = [];
  const notGiven: string[] = [];
  for (const question of def.questions) {
    const result = finishQuestion(question, state);
    answers[question.id] = result.answers;
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
  return { draft, report };
}
