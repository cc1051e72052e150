import type { ClosedBasis, FieldEvidence, LineRange } from '../../schemas/evidence.ts';
import type { ClosedState } from '../../questionnaire/index.ts';
import type { IndicatorDef } from '../indicators/index.ts';
import type { CityResponse } from '../data/response.ts';
import { sourceLinesPath } from '../urls.ts';

/*
 * What the pages show of a response's evidence (src/schemas/evidence.ts): links to the source lines
 * of each answer, how each yes/no was read, and the city's own words behind a number.
 */

type EvidenceOf = Pick<CityResponse, 'evidence'>;

/** One field's evidence, if the response records any. */
export const fieldEvidenceOf = (response: EvidenceOf, questionId: string, key: string): FieldEvidence | undefined =>
  response.evidence.fields[questionId]?.[key];

// A field's evidence is bare lines or a record with more: these read the record's parts from either.
export const quoteOf = (evidence: FieldEvidence | undefined): string | undefined =>
  evidence && 'quote' in evidence ? evidence.quote : undefined;
export const quotesOf = (evidence: FieldEvidence | undefined): readonly string[] | undefined =>
  evidence && 'quotes' in evidence ? evidence.quotes : undefined;
const basisOf = (evidence: FieldEvidence | undefined): ClosedBasis | undefined =>
  evidence && 'basis' in evidence ? evidence.basis : undefined;

/** One link to the source page: its address and its text (`194–198`, an en dash as in print). */
export interface SourceLink {
  readonly href: string;
  readonly text: string;
}

export interface SourceLines {
  readonly links: readonly SourceLink[];
  /** Lines in all, for "line" / "lines". */
  readonly lineCount: number;
}

/** A field's source lines as links, one per range; `newestOfCity` as in profilePath. */
export function sourceLines(
  response: Pick<CityResponse, 'slug' | 'edition'>,
  ranges: readonly LineRange[],
  newestOfCity?: number,
): SourceLines {
  return {
    links: ranges.map((range) => ({
      href: sourceLinesPath(response.slug, range, response.edition, newestOfCity ?? response.edition),
      text: range.from === range.to ? String(range.from) : `${String(range.from)}–${String(range.to)}`,
    })),
    lineCount: ranges.reduce((n, r) => n + r.to - r.from + 1, 0),
  };
}

/** How a yes or a no was read; nothing for the states that are no answer (their own words explain them). */
export function closedBasisOf(state: ClosedState | 'withheld', evidence: FieldEvidence | undefined): ClosedBasis | undefined {
  return state === 'yes' || state === 'no' ? basisOf(evidence) : undefined;
}

export type BasisCount = Readonly<Record<ClosedBasis | 'unrecorded', number>>;

/** Yes answers (or no answers) counted by how they were read: a ticked box and a written word apart. */
export function basisTally(answers: readonly { readonly basis: ClosedBasis | undefined }[]): BasisCount {
  const tally = { ticked: 0, written: 0, unrecorded: 0 };
  for (const a of answers) tally[a.basis ?? 'unrecorded'] += 1;
  return tally;
}

/**
 * The parts of a tally worth saying: each way of reading with a count, in a fixed order; nothing
 * when no answer records how it was read (then there is nothing to tell apart).
 */
export function basisParts(tally: BasisCount): { readonly basis: keyof BasisCount; readonly count: number }[] {
  if (tally.ticked + tally.written === 0) return [];
  return (['ticked', 'written', 'unrecorded'] as const).map((basis) => ({ basis, count: tally[basis] })).filter((p) => p.count > 0);
}

/** The respondent's words a headline percentage was read from, when the evidence quotes them. */
export function indicatorQuote(response: EvidenceOf, indicator: Pick<IndicatorDef, 'source'>): string | undefined {
  const source = indicator.source;
  return source.compute === 'percent' ? quoteOf(fieldEvidenceOf(response, source.questionId, source.field)) : undefined;
}
