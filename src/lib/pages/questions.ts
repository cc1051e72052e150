import { getResponses } from '../data/index.ts';
import type { CityResponse } from '../data/index.ts';
import { UN_REGIONS } from '../data/countries.ts';
import { EDITION_YEARS, getEdition, LATEST_EDITION } from '../../questionnaire/index.ts';
import type { QuestionDef } from '../../questionnaire/index.ts';
import { questionPath } from '../urls.ts';
import { i18n, t } from '../../i18n/index.ts';

/*
 * Data for the question pages (src/pages/questions/). One array per
 * edition for the whole build, so chart layouts memoised on it are computed once.
 */

/** The edition the un-prefixed question pages (`/questions/…`) describe: the latest. */
export const QUESTION_EDITION = LATEST_EDITION;

/** The editions with their own set of question pages under `/editions/<edition>/questions/`. */
export const OTHER_EDITIONS = EDITION_YEARS.filter((e) => e !== LATEST_EDITION);

/** Answers per page: keeps every page well under 100 KB gzip at 5,000 responses. */
export const ANSWERS_PER_PAGE = 100;

const cached = new Map<number, Promise<readonly CityResponse[]>>();

/** Every city's response to the edition, ordered by UN region then city name (the order pages list them). */
export function editionResponses(edition: number = QUESTION_EDITION): Promise<readonly CityResponse[]> {
  const hit = cached.get(edition);
  if (hit) return hit;
  const made = getResponses().then((all) => {
    const regionIndex = (r: CityResponse) => {
      const i = (UN_REGIONS as readonly string[]).indexOf(r.country.region);
      return i === -1 ? UN_REGIONS.length : i;
    };
    return all
      .filter((r) => r.edition === edition)
      .sort(
        (a, b) => regionIndex(a) - regionIndex(b) || i18n.compare(a.city.name, b.city.name) || i18n.compare(a.country.name, b.country.name),
      );
  });
  cached.set(edition, made);
  return made;
}

/** Each city's newest edition, for links to the profile of the edition a question page shows. */
export async function newestEditionOfCity(): Promise<ReadonlyMap<string, number>> {
  const newest = new Map<string, number>();
  for (const r of await getResponses()) newest.set(r.slug, Math.max(r.edition, newest.get(r.slug) ?? r.edition));
  return newest;
}

export interface AnswerPage {
  readonly page: number;
  readonly pages: number;
  readonly responses: readonly CityResponse[];
  /** First and last city of each page, for the pagination links. */
  readonly ranges: readonly { readonly page: number; readonly first: string; readonly last: string; readonly href: string }[];
}

export function paginate(edition: number, question: QuestionDef, responses: readonly CityResponse[]): AnswerPage[] {
  const pages = Math.max(1, Math.ceil(responses.length / ANSWERS_PER_PAGE));
  const chunks = Array.from({ length: pages }, (_, i) => responses.slice(i * ANSWERS_PER_PAGE, (i + 1) * ANSWERS_PER_PAGE));
  const cityOf = (r: CityResponse | undefined) => (r ? t('questions.page.rangeCity', { city: r.city.name, region: r.country.region }) : '');
  const ranges = chunks.map((c, i) => ({
    page: i + 1,
    first: cityOf(c[0]),
    last: cityOf(c.at(-1)),
    href: questionPath(edition, question.id, i + 1),
  }));
  return chunks.map((c, i) => ({ page: i + 1, pages, responses: c, ranges }));
}

export function questions(edition: number = QUESTION_EDITION) {
  return getEdition(edition).questions;
}

/** Static paths of an edition's first question pages: one per question. */
export async function questionPages(edition: number) {
  const all = await editionResponses(edition);
  return questions(edition).map((question) => ({ question, answers: paginate(edition, question, all)[0]!, all, edition }));
}

/** Static paths of an edition's further answer pages (2, 3, …). */
export async function furtherAnswerPages(edition: number) {
  const all = await editionResponses(edition);
  return questions(edition).flatMap((question) =>
    paginate(edition, question, all)
      .slice(1)
      .map((answers) => ({ question, answers, all, edition })),
  );
}
