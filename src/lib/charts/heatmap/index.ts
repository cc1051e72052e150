import { i18n as buildI18n } from '../../../i18n/index.ts';
import type { I18n } from '../../../i18n/index.ts';
import { chartSpec, svgRoot } from '../spec.ts';
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

export function heatmapChart(input: HeatmapChartInput, i18n: I18n = buildI18n): ChartSpec {
  const { id, title } = input;
  const marks = layoutHeatmap(input.rows, input.items, {
    compare: i18n.compare,
    ...(input.limit === undefined ? {} : { limit: input.limit }),
  });
  const words = describeHeatmap(marks, i18n);
  const drawing = renderHeatmap(id, marks, heatmapLabels(marks, i18n));
  return chartSpec({
    id,
    kind: 'heatmap',
    title,
    words,
    svg: svgRoot(id, 'heatmap', title, words.summary, marks.width, drawing.height, drawing.children),
    table: heatmapTable(marks, i18n),
    downloads: input.downloads,
  });
}
