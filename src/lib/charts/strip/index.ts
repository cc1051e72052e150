import { i18n as buildI18n } from '../../../i18n/index.ts';
import type { I18n } from '../../../i18n/index.ts';
import { MIN_CHARTED } from '../few.ts';
import { CHART_WIDTHS, chartSpec, svgRoot, variantId } from '../spec.ts';
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
  const laidOut = (variant: 'wide' | 'narrow') =>
    layoutStrip(input.items, { compare: i18n.compare, ...options, width: CHART_WIDTHS[variant] });
  const marks = laidOut('wide');
  const words = describeStrip(marks, { measure: input.measure, unit: options.unit }, i18n);
  const drawing = (variant: 'wide' | 'narrow') => {
    const m = variant === 'wide' ? marks : laidOut('narrow');
    const children = renderStrip(m, stripLabels(m, options.unit, i18n), { compact: options.compact });
    return svgRoot(variantId(id, variant), 'strip', title, words.summary, m.width, m.height, children, variant);
  };
  const drawn = marks.summary.n >= MIN_CHARTED;
  return chartSpec({
    id,
    kind: 'strip',
    title,
    words,
    svg: drawn ? drawing('wide') : undefined,
    narrowSvg: drawn ? drawing('narrow') : undefined,
    table: stripTable(marks, options.unit, i18n),
    downloads: input.downloads,
  });
}
