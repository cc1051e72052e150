import { matchesName } from '../format/match.ts';

/*
 * The filters of a question page's answers table (answer-table-element.ts applies them in the
 * browser). Pure, so the rule is tested here and the client bundle stays small.
 */

/** The filters, also their URL parameters (`?region=Asia&state=yes&city=alm`). */
export const ANSWER_FILTERS = ['city', 'region', 'country', 'state'] as const;
export type AnswerFilter = (typeof ANSWER_FILTERS)[number];

/** Whether a row passes the filters: the city name matched without case or accents, the rest exactly; empty filters pass. */
export function rowMatches(row: Readonly<Record<AnswerFilter, string>>, filters: Readonly<Partial<Record<AnswerFilter, string>>>): boolean {
  return ANSWER_FILTERS.every((name) => {
    const wanted = filters[name] ?? '';
    if (!wanted) return true;
    return name === 'city' ? matchesName(wanted, row.city) : row[name] === wanted;
  });
}
