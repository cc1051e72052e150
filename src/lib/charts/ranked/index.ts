import { i18n as buildI18n } from '../../../i18n/index.ts';
import type { I18n } from '../../../i18n/index.ts';
import type { MissingReason } from '../../indicators/index.ts';
import { missingReasonText } from '../reasons.ts';
import { MIN_CHARTED } from '../few.ts';
import { CHART_WIDTHS, chartSpec, svgRoot, variantId } from '../spec.ts';
import type { ChartSpec } from '../spec.ts';
import { describeRanked, rankedLabels, rankedTable } from './describe.ts';
import { layoutRanked } from './layout.ts';
import type { RankedItem, RankedOptions } from './layout.ts';
import { renderRanked } from './render.ts';

/* Ranked bars: layout, description and render put together into a page's chart. */

export { layoutRanked } from './layout.ts';
export type { RankedItem, RankedMarks, RankedMissing, RankedOptions, RankedRow } from './layout.ts';
export { describeRanked, rankedLabels, rankedTable } from './describe.ts';
export type { RankedLabels, ReasonText } from './describe.ts';
export { renderRanked } from './render.ts';

export interface RankedChartInput {
  readonly id: string;
  readonly title: string;
  /** What is measured, e.g. "share of services offered online". */
  readonly measure: string;
  readonly items: readonly RankedItem[];
  readonly options: RankedOptions;
  readonly downloads?: ChartSpec['downloads'];
}

export function rankedChart(input: RankedChartInput, i18n: I18n = buildI18n): ChartSpec {
  const { id, title, options } = input;
  const reason = (r: MissingReason) => missingReasonText(i18n, r);
  const laidOut = (variant: 'wide' | 'narrow') =>
    layoutRanked(input.items, {
      compare: i18n.compare,
      ...options,
      ...(variant === 'narrow' ? { width: CHART_WIDTHS.narrow, labelsAbove: true } : {}),
    });
  const marks = laidOut('wide');
  const words = describeRanked(marks, { measure: input.measure, unit: options.unit, highlight: options.highlight }, i18n, reason);
  const drawing = (variant: 'wide' | 'narrow') => {
    const m = variant === 'wide' ? marks : laidOut('narrow');
    const svgId = variantId(id, variant);
    return svgRoot(
      svgId,
      'ranked',
      title,
      words.summary,
      m.width,
      m.height,
      renderRanked(m, rankedLabels(m, options.unit, i18n, reason)),
      variant,
    );
  };
  const drawn = marks.n >= MIN_CHARTED;
  return chartSpec({
    id,
    kind: 'ranked',
    title,
    words,
    svg: drawn ? drawing('wide') : undefined,
    narrowSvg: drawn ? drawing('narrow') : undefined,
    table: rankedTable(marks, options.unit, i18n, reason),
    downloads: input.downloads,
  });
}
