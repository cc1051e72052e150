import { answerCategory } from '../../fields/index.ts';
import type { FieldAnswer } from '../../fields/index.ts';
import type { FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import type { Answers } from './response.ts';

/** What a reader should see for one field of one response. */
export type FieldStatus =
  { readonly kind: 'value'; readonly answer: FieldAnswer } | { readonly kind: 'withheld' } | { readonly kind: 'absent' };

/** A response as far as field statuses go: the site's `CityResponse`, or a download read with `readAnswers`. */
export interface AnswerSource {
  readonly withheld: readonly string[];
  readonly answers: Answers;
}

/** One field's status; `part` asks about one part of a record (`I.3.cio.name`), withheld with its part or the whole record. */
export function fieldStatus(response: AnswerSource, question: QuestionDef, field: FieldDef, part?: string): FieldStatus {
  const path = `${question.id}.${field.key}`;
  if (response.withheld.includes(path) || (part !== undefined && response.withheld.includes(`${path}.${part}`)))
    return { kind: 'withheld' };
  const answer = response.answers[question.id]?.[field.key];
  return answer ? { kind: 'value', answer } : { kind: 'absent' };
}

/**
 * True when the city gave nothing at all for the question: every field absent, and every
 * closed field `not_answered`. (A `not_legible_in_source` answer is not "nothing".)
 */
export function questionUnanswered(response: AnswerSource, question: QuestionDef): boolean {
  return question.fields.every((f) => {
    const s = fieldStatus(response, question, f);
    if (s.kind === 'withheld') return false;
    if (s.kind === 'absent') return true;
    return answerCategory(s.answer) === 'not_answered';
  });
}
