import { LATEST_EDITION, questionAnchor, sectionAnchor } from '../../questionnaire/index.ts';
import { PAGES } from './site.ts';
import type { DownloadFormat } from './site.ts';

/*
 * The question pages. The latest edition keeps the short URLs (`/questions/iv-1/`); every other
 * edition has its own set under `/editions/<edition>/questions/`.
 */

/** The list of an edition's questions. */
export function questionsIndexPath(edition: number = LATEST_EDITION): string {
  return edition === LATEST_EDITION ? PAGES.questions : `/editions/${edition}/questions/`;
}

/** A question's page (page 2, 3, … of its answers after the first). */
export function questionPath(edition: number, questionId: string, page = 1): string {
  const first = `${questionsIndexPath(edition)}${questionAnchor(questionId)}/`;
  return page <= 1 ? first : `${first}${page}/`;
}

/** A questionnaire section on an edition's questions index. */
export function questionSectionPath(sectionId: string, edition: number = LATEST_EDITION): string {
  return `${questionsIndexPath(edition)}#${sectionAnchor(sectionId)}`;
}

/** One download of one chart of a question page: `<question page>/<chart id>.csv|json`. */
export function questionChartPath(edition: number, questionId: string, chartId: string, format: DownloadFormat): string {
  return `${questionPath(edition, questionId)}${chartId}.${format}`;
}

/** The overview chart of every closed question of an edition, on its questions index. */
export function closedOverviewPath(edition: number, format: DownloadFormat): string {
  return `${questionsIndexPath(edition)}closed-overview.${format}`;
}
