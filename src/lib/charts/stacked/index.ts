import { i18n as buildI18n } from '../../../i18n/index.ts';
import type { I18n } from '../../../i18n/index.ts';
import type { ClosedBases } from '../../data/evidence.ts';
import type { Category } from '../categories.ts';
import { legendLabel } from '../categories.ts';
import { MIN_CHARTED } from '../few.ts';
import { CHART_WIDTHS, chartSpec, svgRoot, variantId } from '../spec.ts';
import type { ChartSpec } from '../spec.ts';
import { describeStacked, stackedLabels, stackedTable } from './describe.ts';
import { layoutStacked } from './layout.ts';
import type { StackedRow } from './layout.ts';
import { renderStacked } from './render.ts';

/* Stacked 100% bars: layout, description and render put together into a page's chart. */

export { layoutStacked } from './layout.ts';
export type { StackedMarks, StackedRow, StackedSegment } from './layout.ts';
export { describeStacked, stackedLabels, stackedTable } from './describe.ts';
export { renderStacked } from './render.ts';

export interface StackedChartInput {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly StackedRow[];
  readonly categories: readonly Category[];
  /** Header of the first table column, e.g. "Question". */
  readonly rowHeader: string;
  readonly width?: number;
  readonly downloads?: ChartSpec['downloads'];
  /** Closed rows: how the yes and no answers were read (ticked box, written word), by row id. */
  readonly bases?: ReadonlyMap<string, ClosedBases>;
}

export function stackedChart(input: StackedChartInput, i18n: I18n = buildI18n): ChartSpec {
  const { id, title, categories } = input;
  const marks = layoutStacked(input.rows, categories, input.width);
  const words = describeStacked(marks, categories, i18n);
  const drawing = (variant: 'wide' | 'narrow') => {
    const m = variant === 'wide' ? marks : layoutStacked(input.rows, categories, CHART_WIDTHS.narrow, { labelsAbove: true });
    const svgId = variantId(id, variant);
    const drawn = renderStacked(svgId, m, categories, { ...stackedLabels(i18n, input.bases), legend: (c) => legendLabel(i18n, c) });
    return svgRoot(svgId, 'stacked', title, words.summary, m.width, drawn.height, drawn.children, variant);
  };
  // Shares of fewer than three answers say nothing a sentence and the table do not.
  const drawn = Math.max(0, ...marks.rows.map((r) => r.total)) >= MIN_CHARTED;
  return chartSpec({
    id,
    kind: 'stacked',
    title,
    words,
    svg: drawn ? drawing('wide') : undefined,
    narrowSvg: drawn ? drawing('narrow') : undefined,
    table: stackedTable(marks, categories, input.rowHeader, i18n, input.bases),
    downloads: input.downloads,
  });
}
