import { i18n as buildI18n } from '../../../i18n/index.ts';
import type { I18n } from '../../../i18n/index.ts';
import { closedCategories, legendLabel } from '../categories.ts';
import { MIN_CHARTED } from '../few.ts';
import { CHART_WIDTHS, chartSpec, svgRoot, variantId } from '../spec.ts';
import type { SvgNode } from '../svg.ts';
import { describeStacked, layoutStacked, renderStacked, stackedLabels } from '../stacked/index.ts';
import type { ChartSpec } from '../spec.ts';
import { describeHeatmap, heatmapLabels, heatmapTable } from './describe.ts';
import { layoutHeatmap } from './layout.ts';
import type { HeatmapItem, HeatmapRowInput } from './layout.ts';
import { renderHeatmap } from './render.ts';

/* Heatmap: layout, description and render put together into a page's chart. */

export { layoutHeatmap } from './layout.ts';
export type { HeatmapCell, HeatmapItem, HeatmapMarks, HeatmapRowInput } from './layout.ts';
export { describeHeatmap, heatmapLabels, heatmapTable } from './describe.ts';
export { renderHeatmap, shareStep } from './render.ts';

export interface HeatmapChartInput {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly HeatmapRowInput[];
  readonly items: readonly HeatmapItem[];
  readonly limit?: number;
  readonly downloads?: ChartSpec['downloads'];
}

/** Narrow frames: the heatmap turns into a list of the items, each a bar of how the cities answered it. */
function itemBars(input: HeatmapChartInput, i18n: I18n): SvgNode {
  const categories = closedCategories(i18n);
  const rows = input.items.map((item) => {
    const counts: Record<string, number> = {};
    for (const r of input.rows) {
      const state = r.states[item.key] ?? 'not_answered';
      counts[state] = (counts[state] ?? 0) + 1;
    }
    return { id: item.key, label: item.label, counts };
  });
  const svgId = variantId(input.id, 'narrow');
  const marks = layoutStacked(rows, categories, CHART_WIDTHS.narrow, { labelsAbove: true });
  const drawn = renderStacked(svgId, marks, categories, { ...stackedLabels(i18n), legend: (c) => legendLabel(i18n, c) });
  const words = describeStacked(marks, categories, i18n);
  return svgRoot(svgId, 'heatmap', input.title, words.summary, marks.width, drawn.height, drawn.children, 'narrow');
}

export function heatmapChart(input: HeatmapChartInput, i18n: I18n = buildI18n): ChartSpec {
  const { id, title } = input;
  const marks = layoutHeatmap(input.rows, input.items, {
    compare: i18n.compare,
    ...(input.limit === undefined ? {} : { limit: input.limit }),
  });
  const words = describeHeatmap(marks, i18n);
  const drawn = marks.total >= MIN_CHARTED;
  const drawing = drawn ? renderHeatmap(id, marks, heatmapLabels(marks, i18n)) : undefined;
  return chartSpec({
    id,
    kind: 'heatmap',
    title,
    words,
    svg: drawing && svgRoot(id, 'heatmap', title, words.summary, marks.width, drawing.height, drawing.children, 'wide'),
    narrowSvg: drawn ? itemBars(input, i18n) : undefined,
    table: heatmapTable(marks, i18n),
    downloads: input.downloads,
  });
}
