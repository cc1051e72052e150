import { el } from './svg.ts';
import type { SvgNode } from './svg.ts';
import type { DataTable } from './table.ts';

export type ChartKind = 'ranked' | 'strip' | 'stacked' | 'heatmap';

/**
 * Minimum drawing width in px of each chart type, below which it scrolls sideways instead of
 * shrinking. The stylesheet rule of each width is generated from this (src/integrations/chart-widths.ts).
 */
export const CHART_MIN_WIDTHS: Readonly<Record<ChartKind, number>> = { ranked: 520, strip: 520, stacked: 560, heatmap: 600 };

/** The class that gives a chart frame its minimum width, and the stylesheet rule behind it. */
export const frameWidthClass = (minWidth: number): string => `chart__frame--min-${minWidth}`;

export function frameWidthCss(widths: readonly number[]): string {
  return [...new Set(widths)]
    .sort((a, b) => a - b)
    .map((w) => `.${frameWidthClass(w)} .chart-svg { min-width: ${w}px; }`)
    .join('\n');
}

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
  readonly svg: SvgNode;
  readonly table: DataTable;
  /** Links to the CSV and JSON of `table` (absolute paths). */
  readonly downloads?: { readonly csv: string; readonly json: string };
  /** Minimum drawing width in px (CHART_MIN_WIDTHS of its kind). */
  readonly minWidth: number;
}

/** What the description layer of every chart type says: the summary sentence and the caption notes. */
export interface ChartWords {
  readonly summary: string;
  readonly notes: readonly string[];
}

/** The root <svg>: role="img", labelled by its <title> and described by its <desc>. */
export function svgRoot(
  id: string,
  kind: ChartKind,
  title: string,
  summary: string,
  width: number,
  height: number,
  children: readonly SvgNode[],
): SvgNode {
  return el(
    'svg',
    {
      id: `${id}-svg`,
      class: `chart-svg chart-svg--${kind}`,
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
  readonly svg: SvgNode;
  readonly table: DataTable;
  readonly downloads?: ChartSpec['downloads'] | undefined;
}): ChartSpec {
  const { id, kind, title, words, svg, table, downloads } = parts;
  return {
    id,
    kind,
    title,
    summary: words.summary,
    notes: words.notes,
    svg,
    table,
    ...(downloads ? { downloads } : {}),
    minWidth: CHART_MIN_WIDTHS[kind],
  };
}
