import { getResponses } from '../data/index.ts';
import type { CityResponse } from '../data/index.ts';
import { UN_REGIONS } from '../data/countries.ts';
import { EDITION_YEARS, getEdition, LATEST_EDITION } from '../../questionnaire/index.ts';
import { i18n } from '../../i18n/index.ts';
import { tablePages } from './question-table.ts';

/*
 * Data for the question pages (src/pages/questions/). One array per
 * edition for the whole build, so chart layouts memoised on it are computed once.
 */

/** The edition the un-prefixed question pages (`/questions/…`) describe: the latest. */
export const QUESTION_EDITION = LATEST_EDITION;

/** The editions with their own set of question pages under `/editions/<edition>/questions/`. */
export const OTHER_EDITIONS = EDITION_YEARS.filter((e) => e !== LATEST_EDITION);

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

export function questions(edition: number = QUESTION_EDITION) {
  return getEdition(edition).questions;
}

/** Static paths of an edition's first question pages: one per question. */
export async function questionPages(edition: number) {
  const all = await editionResponses(edition);
  const newest = await newestEditionOfCity();
  return questions(edition).map((question) => ({ question, answers: tablePages(edition, question, all, newest)[0]!, all, edition }));
}

/** Static paths of an edition's further answer pages (2, 3, …), when the regions do not fit on one. */
export async function furtherAnswerPages(edition: number) {
  const all = await editionResponses(edition);
  const newest = await newestEditionOfCity();
  return questions(edition).flatMap((question) =>
    tablePages(edition, question, all, newest)
      .slice(1)
      .map((answers) => ({ question, answers, all, edition })),
  );
}
