import { getResponses } from '../data/index.ts';
import type { CityResponse } from '../data/index.ts';
import { UN_REGIONS } from '../data/countries.ts';
import { EDITION_YEARS, getEdition, LATEST_EDITION } from '../../questionnaire/index.ts';
import { i18n } from '../../i18n/index.ts';
import { tablePages } from './question-table.ts';
import type { TablePage } from './question-table.ts';
import type { QuestionDef } from '../../questionnaire/index.ts';

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

/**
 * What a question page's route passes: which page of which question. Not its rows: Astro keeps every
 * route's props for the whole build, and the rows of every question page were 36 MB of the heap at
 * 1,000 responses (docs/scale.md). A page makes its rows when it is rendered (`answerPage`).
 */
export interface QuestionPageProps {
  readonly question: QuestionDef;
  /** 1 for the question's first page (`/questions/<id>/`), 2, 3, … for the further answer pages. */
  readonly page: number;
  readonly edition: number;
}

const pageCounts = new Map<number, Promise<ReadonlyMap<string, number>>>();

/** How many table pages each question of an edition has (rows made and dropped once per build). */
function tablePageCounts(edition: number): Promise<ReadonlyMap<string, number>> {
  let counts = pageCounts.get(edition);
  if (!counts) {
    counts = (async () => {
      const [all, newest] = await Promise.all([editionResponses(edition), newestEditionOfCity()]);
      return new Map(questions(edition).map((q) => [q.id, tablePages(edition, q, all, newest).length]));
    })();
    pageCounts.set(edition, counts);
  }
  return counts;
}

/** Static paths' props of an edition's first question pages: one per question. */
export async function questionPages(edition: number): Promise<QuestionPageProps[]> {
  return questions(edition).map((question) => ({ question, page: 1, edition }));
}

/** Static paths' props of an edition's further answer pages (2, 3, …), when the regions do not fit on one. */
export async function furtherAnswerPages(edition: number): Promise<QuestionPageProps[]> {
  const counts = await tablePageCounts(edition);
  return questions(edition).flatMap((question) =>
    Array.from({ length: (counts.get(question.id) ?? 1) - 1 }, (_, i) => ({ question, page: i + 2, edition })),
  );
}

// The last question's pages, so its further pages (rendered one after another) make its rows once.
let lastQuestion: { readonly key: string; readonly pages: Promise<TablePage[]> } | undefined;

/** The rows of one question page, and the edition's responses its charts are drawn from. */
export async function answerPage({
  question,
  page,
  edition,
}: QuestionPageProps): Promise<{ answers: TablePage; all: readonly CityResponse[] }> {
  const key = `${String(edition)}/${question.id}`;
  if (lastQuestion?.key !== key) {
    const pages = Promise.all([editionResponses(edition), newestEditionOfCity()]).then(([all, newest]) =>
      tablePages(edition, question, all, newest),
    );
    lastQuestion = { key, pages };
  }
  const answers = (await lastQuestion.pages)[page - 1];
  if (!answers) throw new Error(`Question ${question.id} of ${String(edition)} has no answer page ${String(page)}`);
  return { answers, all: await editionResponses(edition) };
}
