import { PERSON_PARTS, PRIVATE_PERSON_PARTS } from '../../questionnaire/index.ts';
import type { FieldDef, QuestionDef } from '../../questionnaire/index.ts';

/*
 * The shape of a response in the JSON downloads, and how to read it. Imports nothing but the
 * questionnaire, so the compare page's client code can use it without pulling in build-time modules.
 */

/** A link as written in content files and downloads: a bare URL, or `{ url, label }`. */
export type ExportedLink = string | { readonly url: string; readonly label: string };

export interface ExportedResponse {
  /** `<edition>/<slug>`. */
  readonly id: string;
  readonly slug: string;
  readonly edition: number;
  readonly fictional: boolean;
  readonly city: {
    readonly name: string;
    readonly local_name?: string;
    /** ISO 3166-1 alpha-2. */
    readonly country: string;
    readonly coordinates: { readonly lat: number; readonly lon: number };
  };
  /** Derived from the country code: name, UN M49 code, region and sub-region. */
  readonly country: {
    readonly code: string;
    readonly name: string;
    readonly m49: string;
    readonly region: string;
    readonly subregion: string;
  };
  readonly submitted: string;
  readonly source: { readonly document: string; readonly format: string; readonly note?: string };
  /** Field paths the city asked to withhold; their values are not in `answers`. */
  readonly withheld: readonly string[];
  readonly notes: Readonly<Record<string, string>>;
  readonly answers: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The response's page on the site. */
  readonly profile: string;
  /**
   * Comparable values derived from the answers (src/lib/indicators), by indicator id: a number, or
   * the reason it is missing (`not_given`, `withheld`, `not_legible_in_source`, `not_answered`).
   */
  readonly indicators: ExportedIndicators;
}

/** Why a derived value is missing; the same words as the CSV and the closed states. */
export const MISSING_REASONS = ['not_given', 'withheld', 'not_legible_in_source', 'not_answered'] as const;
export type ExportedIndicators = Readonly<Record<string, number | (typeof MISSING_REASONS)[number]>>;

export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** What a reader sees for one field of an exported response. */
export type ExportedFieldStatus =
  { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'withheld' } | { readonly kind: 'absent' };

export function exportedFieldStatus(response: ExportedResponse, question: QuestionDef, field: FieldDef): ExportedFieldStatus {
  if (response.withheld.includes(`${question.id}.${field.key}`)) return { kind: 'withheld' };
  const value = response.answers[question.id]?.[field.key];
  return isEmpty(value) ? { kind: 'absent' } : { kind: 'value', value };
}

/** A person part's status: withheld when the part or the whole record is withheld. */
export function exportedPersonPartStatus(
  response: ExportedResponse,
  question: QuestionDef,
  field: FieldDef,
  part: string,
): ExportedFieldStatus {
  const path = `${question.id}.${field.key}`;
  if (response.withheld.includes(path) || response.withheld.includes(`${path}.${part}`)) return { kind: 'withheld' };
  const person = response.answers[question.id]?.[field.key] as Record<string, unknown> | undefined;
  const value = person?.[part];
  return isEmpty(value) ? { kind: 'absent' } : { kind: 'value', value };
}

/** Parts of an official's record that downloads carry (never e-mail nor phone). */
export const PUBLIC_PERSON_PARTS: readonly string[] = PERSON_PARTS.filter((p) => !PRIVATE_PERSON_PARTS.includes(p));

/** The whole-dataset JSON: a small header and every response. */
export interface ResponsesDocument {
  readonly title: string;
  readonly description: string;
  readonly licence: { readonly name: string; readonly url: string };
  readonly schema: readonly string[];
  readonly dictionary: string;
  readonly count: number;
  readonly responses: readonly ExportedResponse[];
}
