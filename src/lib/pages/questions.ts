import { getResponses } from '../data/index.ts';
import type { CityResponse } from '../data/index.ts';
import { UN_REGIONS } from '../data/countries.ts';
import { EDITION_YEARS, getEdition } from '../../questionnaire/index.ts';
import type { QuestionDef } from '../../questionnaire/index.ts';
import { questionPath } from '../urls.ts';

/*
 * Data for the question pages (src/pages/questions/). One array per
 * edition for the whole build, so chart layouts memoised on it are computed once.
 */

/** The edition the question pages describe: the latest. */
export const QUESTION_EDITION = EDITION_YEARS[EDITION_YEARS.length - 1] as number;

/** Answers per page: keeps every page well under 100 KB gzip at 5,000 responses. */
export const ANSWERS_PER_PAGE = 100;

let cached: Promise<readonly CityResponse[]> | undefined;

/** Every city's response to the edition, ordered by UN region then city name (the order pages list them). */
export function editionResponses(): Promise<readonly CityResponse[]> {
  cached ??= getResponses().then((all) => {
    const regionIndex = (r: CityResponse) => {
      const i = (UN_REGIONS as readonly string[]).indexOf(r.country.region);
      return i === -1 ? UN_REGIONS.length : i;
    };
    return all
      .filter((r) => r.edition === QUESTION_EDITION)
      .sort(
        (a, b) =>
          regionIndex(a) - regionIndex(b) ||
          a.city.name.localeCompare(b.city.name, 'en') ||
          a.country.name.localeCompare(b.country.name, 'en'),
      );
  });
  return cached;
}

export interface AnswerPage {
  readonly page: number;
  readonly pages: number;
  readonly responses: readonly CityResponse[];
  /** First and last city of each page, for the pagination links. */
  readonly ranges: readonly { readonly page: number; readonly first: string; readonly last: string; readonly href: string }[];
}

export function paginate(question: QuestionDef, responses: readonly CityResponse[]): AnswerPage[] {
  const pages = Math.max(1, Math.ceil(responses.length / ANSWERS_PER_PAGE));
  const chunks = Array.from({ length: pages }, (_, i) => responses.slice(i * ANSWERS_PER_PAGE, (i + 1) * ANSWERS_PER_PAGE));
  const ranges = chunks.map((c, i) => ({
    page: i + 1,
    first: c[0] ? `${c[0].city.name} (${c[0].country.region})` : '',
    last: c.at(-1) ? `${c.at(-1)!.city.name} (${c.at(-1)!.country.region})` : '',
    href: questionPath(question, i + 1),
  }));
  return chunks.map((c, i) => ({ page: i + 1, pages, responses: c, ranges }));
}

export function questions() {
  return getEdition(QUESTION_EDITION).questions;
}
