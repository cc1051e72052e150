import { LATEST_EDITION, questionAnchor } from '../questionnaire/index.ts';

/*
 * Routes of the question pages. The latest edition keeps the short URLs (`/questions/iv-1/`);
 * every other edition has its own set under `/editions/<edition>/questions/`.
 */

/** The list of an edition's questions. */
export function questionsIndexPath(edition: number): string {
  return edition === LATEST_EDITION ? '/questions/' : `/editions/${edition}/questions/`;
}

/** A question's page (page 2, 3, … of its answers after the first). */
export function questionPath(edition: number, questionId: string, page = 1): string {
  const base = `${questionsIndexPath(edition)}${questionAnchor(questionId)}/`;
  return page <= 1 ? base : `${base}${page}/`;
}

/** One download of one chart of a question page. */
export function questionChartPath(edition: number, questionId: string, chartId: string, format: 'csv' | 'json'): string {
  return `${questionPath(edition, questionId)}${chartId}.${format}`;
}

/** The yes/no overview chart's download of an edition. */
export function closedOverviewPath(edition: number, format: 'csv' | 'json'): string {
  return `${questionsIndexPath(edition)}closed-overview.${format}`;
}

/** A city's profile of one edition: its newest edition at `/cities/<slug>/`, older ones under their year. */
export function profilePath(slug: string, edition: number, newestOfCity: number): string {
  return edition === newestOfCity ? `/cities/${slug}/` : `/cities/${slug}/${edition}/`;
}
