import { el } from './svg.ts';
import type { SvgNode } from './svg.ts';
import type { DataTable } from './table.ts';

export type ChartKind = 'ranked' | 'strip' | 'stacked' | 'heatmap';

/**
 * The two drawing widths of a chart, in SVG units. Every chart scales to its frame (viewBox, no
 * minimum width: a chart never scrolls sideways); below `CHART_NARROW_BELOW` px of frame the wide
 * drawing's 12-unit text would shrink under ~10 px, so a chart with a narrow drawing shows that one
 * instead (a container query in charts.css: `.chart-svg--wide` / `.chart-svg--narrow`).
 */
export const CHART_WIDTHS = { wide: 640, narrow: 360 } as const;
export const CHART_NARROW_BELOW = 540;
/**
 * The same breakpoint as a viewport media query, for what cannot ask its frame: the narrow source of a
 * profile strip's <picture> and the marker laid over it (profile-strips.css).
 */
export const CHART_NARROW_MEDIA = `(max-width: ${CHART_NARROW_BELOW - 0.02}px)`;

/** Everything a page needs to show one chart: the SVG, its words, its data and where to download it. */
export interface ChartSpec {
  /** Stable id, unique on a page, used for element ids and download file names. */
  readonly id: string;
  readonly kind: ChartKind;
  readonly title: string;
  /** One sentence saying what the chart shows (the SVG's <desc>). */
  readonly summary: string;
  /** Caption notes: n, what is missing, and how the chart aggregates or samples at large n. */
  readonly notes: readonly string[];
  /** The drawing; absent when there are too few values to draw (the summary says them instead). */
  readonly svg?: SvgNode;
  /** The drawing laid out for narrow frames (CHART_WIDTHS.narrow), where the wide one would be unreadable. */
  readonly narrowSvg?: SvgNode;
  readonly table: DataTable;
  /** Links to the CSV and JSON of `table`, and to the chart as SVG and PNG images when it is drawn (absolute paths). */
  readonly downloads?: ChartDownloads;
}

export interface ChartDownloads {
  readonly csv: string;
  readonly json: string;
  /** The take-away images (title and source inside), and the chart's embed page (to frame elsewhere). */
  readonly images?: { readonly svg: string; readonly png: string; readonly embed: string };
}

/** What the description layer of every chart type says: the summary sentence and the caption notes. */
export interface ChartWords {
  readonly summary: string;
  readonly notes: readonly string[];
}

/** Which of a chart's drawings an <svg> is: the only one, or the wide or narrow of two. */
export type SvgVariant = 'only' | 'wide' | 'narrow';

/** Element ids inside a drawing: a chart's narrow drawing sits on the same page as its wide one. */
export const variantId = (id: string, variant: SvgVariant): string => (variant === 'narrow' ? `${id}-narrow` : id);

/** The root <svg>: role="img", labelled by its <title> and described by its <desc>. */
export function svgRoot(
  id: string,
  kind: ChartKind,
  title: string,
  summary: string,
  width: number,
  height: number,
  children: readonly SvgNode[],
  variant: SvgVariant = 'only',
): SvgNode {
  const variantClass = variant === 'only' ? '' : ` chart-svg--${variant}`;
  return el(
    'svg',
    {
      id: `${id}-svg`,
      class: `chart-svg chart-svg--${kind}${variantClass}`,
      viewBox: `0 0 ${Math.round(width)} ${Math.ceil(height)}`,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      xmlns: 'http://www.w3.org/2000/svg',
    },
    [el('title', { id: `${id}-title` }, title), el('desc', { id: `${id}-desc` }, summary), ...children],
  );
}

/** The parts every chart type's spec shares, put together. */
export function chartSpec(parts: {
  readonly id: string;
  readonly kind: ChartKind;
  readonly title: string;
  readonly words: ChartWords;
  readonly svg?: SvgNode | undefined;
  readonly narrowSvg?: SvgNode | undefined;
  readonly table: DataTable;
  readonly downloads?: ChartSpec['downloads'] | undefined;
}): ChartSpec {
  const { id, kind, title, words, svg, narrowSvg, table, downloads } = parts;
  return {
    id,
    kind,
    title,
    summary: words.summary,
    notes: words.notes,
    ...(svg ? { svg } : {}),
    ...(svg && narrowSvg ? { narrowSvg } : {}),
    table,
    // A chart of too few values is a sentence: its data downloads stay, it has no image.
    ...(downloads ? { downloads: svg || !downloads.images ? downloads : { csv: downloads.csv, json: downloads.json } } : {}),
  };
}
