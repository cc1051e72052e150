import { el } from './svg.ts';
import type { SvgNode } from './svg.ts';
import type { DataTable } from './table.ts';

/** Everything a page needs to show one chart: the SVG, its words, its data and where to download it. */
export interface ChartSpec {
  /** Stable id, unique on a page, used for element ids and download file names. */
  readonly id: string;
  readonly kind: 'ranked' | 'strip' | 'stacked' | 'heatmap';
  readonly title: string;
  /** One sentence saying what the chart shows (the SVG's <desc>). */
  readonly summary: string;
  /** Caption notes: n, what is missing, and how the chart aggregates or samples at large n. */
  readonly notes: readonly string[];
  readonly svg: SvgNode;
  readonly table: DataTable;
  /** Links to the CSV and JSON of `table` (absolute paths). */
  readonly downloads?: { readonly csv: string; readonly json: string };
  /** Minimum drawing width in px below which the chart scrolls sideways instead of shrinking. */
  readonly minWidth: number;
}

/** The root <svg>: role="img", labelled by its <title> and described by its <desc>. */
export function svgRoot(
  id: string,
  kind: ChartSpec['kind'],
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

export const formatCount = (n: number) => n.toLocaleString('en');

export function formatValue(value: number, unit: string): string {
  const v = Math.round(value * 100) / 100;
  return unit === '%' ? `${v}%` : `${v.toLocaleString('en')} ${unit}`;
}
