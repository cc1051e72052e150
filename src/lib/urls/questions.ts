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

/** A chart image to take away. */
export type ChartImageFormat = 'svg' | 'png';

/** One chart of a question page as an image, title and source inside: `<question page>/<chart id>.svg|png`. */
export function questionChartImagePath(edition: number, questionId: string, chartId: string, format: ChartImageFormat): string {
  return `${questionPath(edition, questionId)}${chartId}.${format}`;
}

/** The share image (Open Graph, 1200×630 PNG) of one chart of a question page, for `og:image`. */
export function chartShareImagePath(edition: number, questionId: string, chartId: string): string {
  return `${questionPath(edition, questionId)}share/${chartId}.png`;
}

/** Where every embed page lives (the `_headers` rule that allows framing, the sitemap's exclusion). */
export const EMBED_ROOT = '/embed/';

/**
 * The embed page of one chart of a question page, to frame on another site: `/embed/<question>/<chart id>/`
 * for the latest edition (the only one whose charts have one). The only path a host lets other sites frame
 * (public/_headers).
 */
export function chartEmbedPath(edition: number, questionId: string, chartId: string): string {
  const editionPart = edition === LATEST_EDITION ? '' : `${edition}/`;
  return `${EMBED_ROOT}${editionPart}${questionAnchor(questionId)}/${chartId}/`;
}

/** One chart of a question page, at its place on the page: `<question page>#<chart id>`. */
export function questionChartAnchorPath(edition: number, questionId: string, chartId: string): string {
  return `${questionPath(edition, questionId)}#${chartId}`;
}

/** The two drawings of a chart (CHART_WIDTHS in src/lib/charts/spec.ts). */
export type ChartDrawing = 'wide' | 'narrow';

/** The file name part of a shared strip image: `<indicator id>-<drawing>` (the route's `[drawing]` parameter). */
export const stripImageName = (indicatorId: string, drawing: ChartDrawing): string => `${indicatorId}-${drawing}`;

/**
 * The shared background of one indicator's strip on every profile of an edition (every city's value,
 * none highlighted), one file per drawing: `<question page>strips/<indicator id>-<drawing>.svg`.
 */
export function stripImagePath(edition: number, questionId: string, indicatorId: string, drawing: ChartDrawing): string {
  return `${questionPath(edition, questionId)}strips/${stripImageName(indicatorId, drawing)}.svg`;
}
