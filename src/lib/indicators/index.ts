import { quantileSorted } from 'd3-array';
import { getEdition, STRATEGY_ITEMS } from '../../questionnaire/index.ts';
import type { ClosedState, FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import type { CityResponse } from '../data/response.ts';
import { fieldStatus } from '../data/answers.ts';
import { answerCategory } from '../../fields/index.ts';
import type { MissingReason } from '../data/missing.ts';

export type { MissingReason } from '../data/missing.ts';

/*
 * Comparable values derived from responses. Missing stays missing: a value the city did not give
 * is never counted as zero, and says why it is missing.
 */

export type IndicatorValue =
  { readonly kind: 'value'; readonly value: number } | { readonly kind: 'missing'; readonly reason: MissingReason };

export interface IndicatorDef {
  readonly id: string;
  readonly label: string;
  /** The question the value comes from, e.g. `IV.1`. */
  readonly questionId: string;
  readonly unit: string;
  /** Largest possible value, where there is one (100 for percentages). */
  readonly max?: number;
  readonly description: string;
  readonly compute: (response: CityResponse) => IndicatorValue;
}

const missing = (reason: MissingReason): IndicatorValue => ({ kind: 'missing', reason });
const value = (v: number): IndicatorValue => ({ kind: 'value', value: v });

function questionOf(response: CityResponse, id: string): QuestionDef {
  const q = getEdition(response.edition).questions.find((x) => x.id === id);
  if (!q) throw new Error(`Question ${id} is not in the ${response.edition} questionnaire`);
  return q;
}

function fieldOf(q: QuestionDef, key: string): FieldDef {
  const f = q.fields.find((x) => x.key === key);
  if (!f) throw new Error(`Question ${q.id} has no field ${key}`);
  return f;
}

function percentOf(questionId: string) {
  return (response: CityResponse): IndicatorValue => {
    const q = questionOf(response, questionId);
    const s = fieldStatus(response, q, fieldOf(q, 'percent'));
    if (s.kind === 'withheld') return missing('withheld');
    if (s.kind === 'absent' || s.answer.kind !== 'percent') return missing('not_given');
    return value(s.answer.value);
  };
}

function countOfLinks(response: CityResponse, parts: readonly [string, string][]): IndicatorValue {
  const urls = new Set<string>();
  let withheld = false;
  for (const [qid, key] of parts) {
    const q = questionOf(response, qid);
    const s = fieldStatus(response, q, fieldOf(q, key));
    if (s.kind === 'withheld') withheld = true;
    if (s.kind === 'value' && s.answer.kind === 'links') for (const l of s.answer.value) urls.add(l.url.replace(/\/+$/, '').toLowerCase());
  }
  if (urls.size) return value(urls.size);
  return missing(withheld ? 'withheld' : 'not_given');
}

/** III.2: the number of checklist items checked; only a value when every item's state is known. */
function strategyItemsChecked(response: CityResponse): IndicatorValue {
  const q = questionOf(response, 'III.2');
  const states = STRATEGY_ITEMS.map(([key]) => {
    const s = fieldStatus(response, q, fieldOf(q, key));
    return s.kind === 'value' ? (answerCategory(s.answer) ?? s.kind) : s.kind;
  });
  if (states.includes('withheld')) return missing('withheld');
  if (states.includes('not_legible_in_source')) return missing('not_legible_in_source');
  if (states.every((s) => s === 'not_answered' || s === 'absent')) return missing('not_answered');
  if (states.some((s) => s === 'not_answered' || s === 'absent')) return missing('not_answered');
  return value(states.filter((s) => s === 'yes').length);
}

function socialAccounts(response: CityResponse): IndicatorValue {
  const q = questionOf(response, 'VI.1');
  const s = fieldStatus(response, q, fieldOf(q, 'accounts'));
  if (s.kind === 'withheld') return missing('withheld');
  if (s.kind === 'absent' || s.answer.kind !== 'accounts') return missing('not_given');
  return value(s.answer.value.length);
}

export const NUMERIC_INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'services-online',
    label: 'Services offered online',
    questionId: 'IV.1',
    unit: '%',
    max: 100,
    description: 'Share of city services offered online, as stated by the city.',
    compute: percentOf('IV.1'),
  },
  {
    id: 'services-mobile',
    label: 'Services via mobile',
    questionId: 'IV.2',
    unit: '%',
    max: 100,
    description: 'Share of city services offered through dedicated mobile means, as stated by the city.',
    compute: percentOf('IV.2'),
  },
  {
    id: 'satisfaction',
    label: 'Population satisfied',
    questionId: 'V.3',
    unit: '%',
    max: 100,
    description: 'Share of the population satisfied with their last experience of online public services (cf. SDG 16.6.2).',
    compute: percentOf('V.3'),
  },
  {
    id: 'digital-budget',
    label: 'Digital budget share',
    questionId: 'III.3',
    unit: '%',
    max: 100,
    description: 'Dedicated digital government budget as a share of the total municipal budget.',
    compute: percentOf('III.3'),
  },
  {
    id: 'strategy-items',
    label: 'Strategy checklist items',
    questionId: 'III.2',
    unit: 'items',
    max: STRATEGY_ITEMS.length,
    description: `Number of the ${STRATEGY_ITEMS.length} strategy checklist items the city checked (only where every item can be read).`,
    compute: strategyItemsChecked,
  },
  {
    id: 'portals',
    label: 'Portals listed',
    questionId: 'I.1',
    unit: 'portals',
    description: 'Distinct portal URLs listed under I.1 (official portals) and I.2 (portals for specific services).',
    compute: (r) =>
      countOfLinks(r, [
        ['I.1', 'portals'],
        ['I.2', 'e_services'],
        ['I.2', 'e_participation'],
        ['I.2', 'open_government_data'],
        ['I.2', 'public_procurement'],
        ['I.2', 'other'],
      ]),
  },
  {
    id: 'social-accounts',
    label: 'Social media accounts',
    questionId: 'VI.1',
    unit: 'accounts',
    description: 'Social media accounts listed under VI.1.',
    compute: socialAccounts,
  },
];

/** The four headline figures shown "at a glance" on profiles. */
export const HEADLINE_INDICATOR_IDS = ['services-online', 'services-mobile', 'satisfaction', 'digital-budget'] as const;

export function getIndicator(id: string): IndicatorDef {
  const def = NUMERIC_INDICATORS.find((i) => i.id === id);
  if (!def) throw new Error(`Unknown indicator ${id}`);
  return def;
}

export function indicatorValue(response: CityResponse, indicator: IndicatorDef): IndicatorValue {
  return indicator.compute(response);
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

/** A closed (yes/no style) field of the questionnaire, including each III.2 checklist item. */
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
