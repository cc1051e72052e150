import type { MissingReason } from '../data/missing.ts';

/*
 * The shape of a response in the JSON downloads. Imports only types, so the compare page's client
 * code can use it without pulling in build-time modules. Reading its answers: `readAnswers`.
 */

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

export type ExportedIndicators = Readonly<Record<string, number | MissingReason>>;

/** The whole-dataset JSON: a small header and every response. */
export interface ResponsesDocument {
  readonly title: string;
  /** The dataset version (DATA-CHANGELOG.md). */
  readonly version: string;
  readonly description: string;
  readonly licence: { readonly name: string; readonly url: string };
  readonly schema: readonly string[];
  readonly dictionary: string;
  readonly count: number;
  readonly responses: readonly ExportedResponse[];
}
