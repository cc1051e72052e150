import type { FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import type { CityResponse } from './response.ts';

/** What a reader should see for one field of one response. */
export type FieldStatus = { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'withheld' } | { readonly kind: 'absent' };

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

export function fieldStatus(response: CityResponse, question: QuestionDef, field: FieldDef): FieldStatus {
  const path = `${question.id}.${field.key}`;
  if (response.withheld.includes(path)) return { kind: 'withheld' };
  const value = response.answers[question.id]?.[field.key];
  return isEmpty(value) ? { kind: 'absent' } : { kind: 'value', value };
}

/**
 * True when the city gave nothing at all for the question: every field absent, and every
 * closed field `not_answered`. (A `not_legible_in_source` answer is not "nothing".)
 */
export function questionUnanswered(response: CityResponse, question: QuestionDef): boolean {
  return question.fields.every((f) => {
    const s = fieldStatus(response, question, f);
    if (s.kind === 'withheld') return false;
    if (s.kind === 'absent') return true;
    return (f.kind === 'closed' || f.kind === 'choice') && s.value === 'not_answered';
  });
}
