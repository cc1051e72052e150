import { quantileSorted } from 'd3-array';
import { checklistItems, getEdition, getQuestion, LATEST_EDITION } from '../../questionnaire/index.ts';
import type { ClosedState, FieldDef, FieldRef, IndicatorId, IndicatorSource, QuestionDef } from '../../questionnaire/index.ts';
import { i18n } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';
import type { CityResponse } from '../data/response.ts';
import { fieldStatus } from '../data/answers.ts';
import { answerCategory } from '../../fields/index.ts';
import type { MissingReason } from '../data/missing.ts';
import { distinctSiteCount } from './sites.ts';

export type { MissingReason } from '../data/missing.ts';

/*
 * Comparable values derived from responses. Missing stays missing: a value the city did not give
 * is never counted as zero, and says why it is missing.
 */

export type IndicatorValue =
  { readonly kind: 'value'; readonly value: number } | { readonly kind: 'missing'; readonly reason: MissingReason };

export interface IndicatorDef {
  readonly id: IndicatorId;
  readonly label: string;
  /** The edition whose question the definition names. */
  readonly edition: number;
  /** The question the value comes from in that edition. */
  readonly questionId: string;
  /** `%`, or what is counted in the build's language ("portals"). */
  readonly unit: string;
  /** Largest possible value, where there is one (100 for percentages). */
  readonly max?: number;
  readonly description: string;
  /** How the edition reads the value (see IndicatorSource in src/questionnaire). */
  readonly source: IndicatorSource;
}

const missing = (reason: MissingReason): IndicatorValue => ({ kind: 'missing', reason });
const value = (v: number): IndicatorValue => ({ kind: 'value', value: v });

function questionOf(edition: number, id: string): QuestionDef {
  const q = getQuestion(edition, id);
  if (!q) throw new Error(`Question ${id} is not in the ${edition} questionnaire`);
  return q;
}

function fieldOf(q: QuestionDef, key: string): FieldDef {
  const f = q.fields.find((x) => x.key === key);
  if (!f) throw new Error(`Question ${q.id} has no field ${key}`);
  return f;
}

function statusOf(response: CityResponse, ref: FieldRef) {
  const q = questionOf(response.edition, ref.questionId);
  return fieldStatus(response, q, fieldOf(q, ref.field));
}

function percentOf(response: CityResponse, ref: FieldRef): IndicatorValue {
  const s = statusOf(response, ref);
  if (s.kind === 'withheld') return missing('withheld');
  if (s.kind === 'absent' || s.answer.kind !== 'percent') return missing('not_given');
  return value(s.answer.value);
}

function distinctLinks(response: CityResponse, refs: readonly FieldRef[]): IndicatorValue {
  const urls: string[] = [];
  let withheld = false;
  for (const ref of refs) {
    const s = statusOf(response, ref);
    if (s.kind === 'withheld') withheld = true;
    if (s.kind === 'value' && s.answer.kind === 'links') urls.push(...s.answer.value.map((l) => l.url));
  }
  if (urls.length) return value(distinctSiteCount(urls));
  return missing(withheld ? 'withheld' : 'not_given');
}

/** The number of checklist items ticked yes; only a value when every item's state is known. */
function checklistTicked(response: CityResponse, questionId: string): IndicatorValue {
  const q = questionOf(response.edition, questionId);
  const states = checklistItems(q).map((f) => {
    const s = fieldStatus(response, q, f);
    return s.kind === 'value' ? (answerCategory(s.answer) ?? s.kind) : s.kind;
  });
  if (states.includes('withheld')) return missing('withheld');
  if (states.includes('not_legible_in_source')) return missing('not_legible_in_source');
  if (states.some((s) => s === 'not_answered' || s === 'absent')) return missing('not_answered');
  return value(states.filter((s) => s === 'yes').length);
}

function entries(response: CityResponse, ref: FieldRef): IndicatorValue {
  const s = statusOf(response, ref);
  if (s.kind === 'withheld') return missing('withheld');
  if (s.kind === 'absent' || s.answer.kind !== 'accounts') return missing('not_given');
  return value(s.answer.value.length);
}

function compute(response: CityResponse, source: IndicatorSource): IndicatorValue {
  const ref = (field: string): FieldRef => ({ questionId: source.questionId, field });
  switch (source.compute) {
    case 'percent':
      return percentOf(response, ref(source.field));
    case 'checklistTicked':
      return checklistTicked(response, source.questionId);
    case 'distinctLinks':
      return distinctLinks(response, source.fields);
    case 'entries':
      return entries(response, ref(source.field));
  }
}

/** The interface text of an indicator, with the edition's own question numbers and counts filled in. */
function describe(edition: number, source: IndicatorSource, text: I18n): Pick<IndicatorDef, 'label' | 'description' | 'max' | 'unit'> {
  const label = text.t(`indicators.byId.${source.id}.label`);
  const unit = source.unit === '%' ? source.unit : text.t(`indicators.units.${source.unit}`);
  const key = `indicators.byId.${source.id}.description` as const;
  switch (source.compute) {
    case 'percent':
      return { label, unit, description: text.t(key), max: 100 };
    case 'checklistTicked': {
      const count = checklistItems(questionOf(edition, source.questionId)).length;
      return { label, unit, description: text.t(key, { count }), max: count };
    }
    case 'distinctLinks': {
      const ids = [...new Set(source.fields.map((f) => f.questionId))];
      const questions = text.list(ids.map((id) => `${id} (${questionOf(edition, id).shortTitle})`));
      return { label, unit, description: text.t(key, { questions }) };
    }
    case 'entries':
      return { label, unit, description: text.t(key, { questions: source.questionId }) };
  }
}

const described = new WeakMap<I18n, Map<number, readonly IndicatorDef[]>>();

/** The indicators of one edition, as its module declares them. */
export function editionIndicators(edition: number, text: I18n = i18n): readonly IndicatorDef[] {
  // Pages ask for these thousands of times a build: described once per edition and language.
  const byEdition = described.get(text) ?? new Map<number, readonly IndicatorDef[]>();
  described.set(text, byEdition);
  let defs = byEdition.get(edition);
  if (!defs) {
    defs = getEdition(edition).indicators.map((source) => ({
      id: source.id,
      edition,
      questionId: source.questionId,
      source,
      ...describe(edition, source, text),
    }));
    byEdition.set(edition, defs);
  }
  return defs;
}

/** The latest edition's indicators: the ones the site charts and downloads. */
export const NUMERIC_INDICATORS: readonly IndicatorDef[] = editionIndicators(LATEST_EDITION);

/** The four headline figures shown "at a glance" on profiles. */
export const HEADLINE_INDICATOR_IDS = ['services-online', 'services-mobile', 'satisfaction', 'digital-budget'] as const;

export function getIndicator(id: string, edition: number = LATEST_EDITION): IndicatorDef {
  const def = editionIndicators(edition).find((i) => i.id === id);
  if (!def) throw new Error(`Unknown indicator ${id} in the ${edition} questionnaire`);
  return def;
}

/** A response's value of an indicator, read the way the response's own edition defines it. */
export function indicatorValue(response: CityResponse, indicator: IndicatorDef): IndicatorValue {
  const source = getEdition(response.edition).indicators.find((s) => s.id === indicator.id);
  return source ? compute(response, source) : missing('not_given');
}

export interface Summary {
  /** Number of values present (missing skipped). */
  readonly n: number;
  /** Number of responses without a value, by reason. */
  readonly missing: number;
  readonly missingByReason: Readonly<Partial<Record<MissingReason, number>>>;
  readonly median?: number;
  readonly q1?: number;
  readonly q3?: number;
  readonly min?: number;
  readonly max?: number;
}

/** n, median, quartiles, min and max over present values; missing values are counted, never used. */
export function summarize(values: readonly IndicatorValue[]): Summary {
  const present = values.flatMap((v) => (v.kind === 'value' ? [v.value] : [])).sort((a, b) => a - b);
  const missingByReason: Partial<Record<MissingReason, number>> = {};
  for (const v of values) if (v.kind === 'missing') missingByReason[v.reason] = (missingByReason[v.reason] ?? 0) + 1;
  const base = { n: present.length, missing: values.length - present.length, missingByReason };
  if (!present.length) return base;
  return {
    ...base,
    median: quantileSorted(present, 0.5) as number,
    q1: quantileSorted(present, 0.25) as number,
    q3: quantileSorted(present, 0.75) as number,
    min: present[0] as number,
    max: present[present.length - 1] as number,
  };
}

/** A closed (yes/no style) field of the questionnaire, including each checklist item. */
export interface ClosedField {
  readonly question: QuestionDef;
  readonly field: FieldDef;
  /** Column-style id, e.g. `III.2.sendai`. */
  readonly id: string;
  readonly label: string;
}

export function closedFields(edition: number): ClosedField[] {
  return getEdition(edition).questions.flatMap((question) =>
    question.fields
      .filter((field) => field.kind === 'closed')
      .map((field) => ({
        question,
        field,
        id: `${question.id}.${field.key}`,
        label: field.key === 'answer' ? question.shortTitle : `${question.shortTitle}: ${field.label}`,
      })),
  );
}

export type ClosedValue = ClosedState | 'withheld';

/** Every closed answer of a response, in questionnaire order. */
export function closedAnswers(response: CityResponse): { readonly closed: ClosedField; readonly state: ClosedValue }[] {
  return closedFields(response.edition).map((closed) => {
    const s = fieldStatus(response, closed.question, closed.field);
    const state: ClosedValue =
      s.kind === 'withheld' ? 'withheld' : s.kind === 'value' && s.answer.kind === 'closed' ? s.answer.value : 'not_answered';
    return { closed, state };
  });
}

/** Counts of each state for one closed field across responses. */
export function closedTally(responses: readonly CityResponse[], closedId: string): Record<ClosedValue, number> {
  const tally: Record<ClosedValue, number> = { yes: 0, no: 0, not_answered: 0, not_legible_in_source: 0, withheld: 0 };
  for (const r of responses) {
    const hit = closedAnswers(r).find((a) => a.closed.id === closedId);
    if (hit) tally[hit.state] += 1;
  }
  return tally;
}
