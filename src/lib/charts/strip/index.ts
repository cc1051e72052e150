import { i18n as buildI18n } from '../../../i18n/index.ts';
import type { I18n } from '../../../i18n/index.ts';
import { chartSpec, svgRoot } from '../spec.ts';
import type { ChartSpec } from '../spec.ts';
import { describeStrip, stripLabels, stripTable } from './describe.ts';
import { layoutStrip } from './layout.ts';
import type { StripItem, StripOptions } from './layout.ts';
import { renderStrip } from './render.ts';

/* Distribution strip: layout, description and render put together into a page's chart. */

export { layoutStrip } from './layout.ts';
export type { StripBin, StripDot, StripItem, StripMarks, StripOptions } from './layout.ts';
export { describeStrip, stripLabels, stripTable } from './describe.ts';
export { renderStrip } from './render.ts';

export interface StripChartInput {
  readonly id: string;
  readonly title: string;
  readonly measure: string;
  readonly items: readonly StripItem[];
  readonly options: StripOptions;
  readonly downloads?: ChartSpec['downloads'];
}

export function stripChart(input: StripChartInput, i18n: I18n = buildI18n): ChartSpec {
  const { id, title, options } = input;
  const marks = layoutStrip(input.items, { compare: i18n.compare, ...options });
  const words = describeStrip(marks, { measure: input.measure, unit: options.unit }, i18n);
  const children = renderStrip(marks, stripLabels(marks, options.unit, i18n), { compact: options.compact });
  return chartSpec({
    id,
    kind: 'strip',
    title,
    words,
    svg: svgRoot(id, 'strip', title, words.summary, marks.width, marks.height, children),
    table: stripTable(marks, options.unit, i18n),
    downloads: input.downloads,
  });
}
