import type { FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import type { FormText } from './form-text.ts';
import { BULLET, ENUMERATOR } from './lines.ts';
import { readMark } from './marks.ts';
import type { Mark } from './marks.ts';
import { boundedMemo, matchWording } from './match.ts';
import type { WordingMatch } from './match.ts';

/*
 * Which question, or which field of the current question, a line's wording
 * starts. Numbering only breaks ties: Word's automatic lists lose it.
 */

export interface QuestionMatch {
  readonly question: QuestionDef;
  readonly match: WordingMatch;
  readonly rank: number;
}

export interface FieldMatch {
  readonly field: FieldDef;
  /** The option whose label the line starts with, for a choice field. */
  readonly option?: string;
  readonly match: WordingMatch;
  /** The check-box mark on the line. */
  readonly mark: Mark;
}

export interface Whereabouts {
  readonly section: string | null;
  readonly current: QuestionDef | null;
}

function questionRank(
  question: QuestionDef,
  match: WordingMatch,
  printed: { number: number | null; section: string | null },
  after: boolean,
) {
  let rank = match.score + (match.complete ? 0.05 : 0);
  if (printed.number !== null && question.number === printed.number && question.section === printed.section) rank += 0.05;
  else if (question.section === printed.section) rank += 0.02;
  if (after) rank += 0.01;
  return rank;
}

/** Per form, each line's match against every question's wording (in form order): it depends on nothing else. */
const wordingMatches = new WeakMap<FormText, (body: string) => readonly (WordingMatch | null)[]>();
function matchesOf(form: FormText): (body: string) => readonly (WordingMatch | null)[] {
  let of = wordingMatches.get(form);
  if (!of) wordingMatches.set(form, (of = boundedMemo(20_000, (body) => form.questions.map(({ wording }) => matchWording(body, wording)))));
  return of;
}

/** The question whose wording the line most likely starts, preferring the current section and later questions. */
export function bestQuestion(text: string, form: FormText, where: Whereabouts): QuestionMatch | null {
  const en = ENUMERATOR.exec(text);
  const printed = { number: en?.[2] ? Number(en[2]) : null, section: en?.[1] ?? where.section };
  const body = en ? text.slice(en[0].length) : text.replace(BULLET, '');
  const questions = form.edition.questions;
  const currentIndex = where.current ? questions.indexOf(where.current) : -1;
  const matches = matchesOf(form)(body);
  let best: QuestionMatch | null = null;
  form.questions.forEach(({ question, wording }, i) => {
    const match = matches[i];
    if (!match) return;
    // Between a wording and a longer one that starts the same way, the longer match wins.
    const longer = (match.complete ? wording.text.length : 0) / 1e5;
    const rank = questionRank(question, match, printed, questions.indexOf(question) > currentIndex) + longer;
    if (!best || rank > best.rank) best = { question, match, rank };
  });
  return best;
}

/** The wordings a line may start with inside a question: sub-question wordings and option labels. */
function fieldWordings(question: QuestionDef): { field: FieldDef; wording: string; option?: string }[] {
  return question.fields.flatMap((field) => [
    ...(field.wording ? [{ field, wording: field.wording.replace(/^[a-h]\.\s+/, '') }] : []),
    ...(field.options ?? []).map((o) => ({ field, wording: o.label, option: o.value })),
  ]);
}

/** Per question, each line's best field match: it depends on nothing else (bounded). */
const fieldMatches = new WeakMap<QuestionDef, (text: string) => FieldMatch | null>();

/** The field (or option) of `question` whose wording the line most likely starts. */
export function bestField(text: string, question: QuestionDef): FieldMatch | null {
  let of = fieldMatches.get(question);
  if (!of) fieldMatches.set(question, (of = boundedMemo(5_000, (line) => bestFieldUncached(line, question))));
  return of(text);
}

function bestFieldUncached(text: string, question: QuestionDef): FieldMatch | null {
  // Marks are glyphs (see lines.ts), which matching ignores; the remainder keeps them for the Yes/No reading.
  const { mark } = readMark(text);
  const lead = /^(?:[☒☐]\s*)+/.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const en = ENUMERATOR.exec(rest);
  const body = (en ? rest.slice(en[0].length) : rest.replace(BULLET, '')).replace(/\s*\(New\)\s*$/i, '');
  let best: FieldMatch | null = null;
  for (const c of fieldWordings(question)) {
    const match = matchWording(body, c.wording);
    if (!match) continue;
    if (!best || match.score > best.match.score) best = { field: c.field, match, mark, ...(c.option ? { option: c.option } : {}) };
  }
  return best;
}
