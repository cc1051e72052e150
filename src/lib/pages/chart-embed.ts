import type { TextI18n } from '../../i18n/index.ts';
import type { ChartSpec } from '../charts/spec.ts';
import type { SvgNode } from '../charts/svg.ts';
import { absoluteUrl } from '../site/origin.ts';

/*
 * A question chart's embed page (src/pages/embed/[id]/[chart].astro) and the <iframe> snippet the
 * question page offers for it. The snippet is plain text to select and copy: no script needed.
 */

/**
 * Room the embed page needs around the drawing, in CSS px, at a frame of about 640 px: the demo notice,
 * title, summary, notes, table toggle, source line and back link (readers may change the height).
 * The frame is 100% wide; a drawing's own height is its viewBox's (640 units wide, or 360 when narrow).
 */
export const EMBED_CHROME_HEIGHT = 360;

/** The height of a drawing's viewBox (`0 0 <width> <height>`), 0 when it has none. */
export function drawingHeight(svg: SvgNode | undefined): number {
  const viewBox = svg?.attrs['viewBox'];
  const height = typeof viewBox === 'string' ? Number(viewBox.trim().split(/\s+/)[3]) : NaN;
  return Number.isFinite(height) ? height : 0;
}

/** The iframe's height for a chart: the taller of its drawings plus the page's words around it. */
export function embedHeight(spec: Pick<ChartSpec, 'svg' | 'narrowSvg'>): number {
  return Math.ceil(Math.max(drawingHeight(spec.svg), drawingHeight(spec.narrowSvg))) + EMBED_CHROME_HEIGHT;
}

/** Where the snippet points: the absolute address when the build knows its origin (LGQ_SITE), else the path. */
export function embedSrc(path: string, site: string | URL | undefined): string {
  return absoluteUrl(path, site) ?? path;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The <iframe> markup a reader copies to show the chart on their own page. */
export function embedSnippet(frame: { readonly src: string; readonly title: string; readonly height: number }): string {
  return `<iframe src="${escapeAttr(frame.src)}" title="${escapeAttr(frame.title)}" width="100%" height="${Math.ceil(frame.height)}" loading="lazy"></iframe>`;
}

/** What an embed page shows around its chart: the question it belongs to and the source line. */
export interface EmbedPageText {
  readonly pageTitle: string;
  /** The question page, absolute when the build knows its origin. */
  readonly questionHref: string;
  readonly backLink: string;
  readonly source: string;
  readonly date: string;
}

/** The words of an embed page, from the chart, its question and the catalogue. */
export function embedPageText(
  chart: { readonly title: string; readonly date: string },
  question: { readonly id: string; readonly shortTitle: string; readonly path: string },
  site: string | URL | undefined,
  text: Pick<TextI18n, 't'>,
): EmbedPageText {
  // Without LGQ_SITE the page is named by its path, as on the chart images: never an invented address.
  const questionHref = embedSrc(question.path, site);
  return {
    pageTitle: text.t('embed.pageTitle', { title: chart.title }),
    questionHref,
    backLink: text.t('embed.backLink', { question: text.t('questions.numbered', { id: question.id, title: question.shortTitle }) }),
    source: text.t('embed.source', { url: questionHref }),
    date: chart.date ? text.t('embed.date', { date: chart.date }) : '',
  };
}
