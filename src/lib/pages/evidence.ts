import type { LineRange } from '../../schemas/evidence.ts';
import type { IndicatorDef } from '../indicators/index.ts';
import type { CityResponse } from '../data/response.ts';
import { fieldEvidenceOf, quoteOf } from '../data/evidence.ts';
import { sourceLinesPath } from '../urls.ts';

/*
 * What a profile shows of a response's evidence (read through src/lib/data/evidence.ts): links to
 * the source lines of each answer, and the city's own words behind a headline number.
 */

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

/** The respondent's words a headline percentage was read from, when the evidence quotes them. */
export function indicatorQuote(response: Pick<CityResponse, 'evidence'>, indicator: Pick<IndicatorDef, 'source'>): string | undefined {
  const source = indicator.source;
  return source.compute === 'percent' ? quoteOf(fieldEvidenceOf(response, source.questionId, source.field)) : undefined;
}
