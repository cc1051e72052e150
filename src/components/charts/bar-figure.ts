import { describeRanked, rankedLabels } from '../../lib/charts/ranked/describe.ts';
import { layoutRanked } from '../../lib/charts/ranked/layout.ts';
import type { RankedItem } from '../../lib/charts/ranked/layout.ts';
import { renderRanked } from '../../lib/charts/ranked/render.ts';
import { svgRoot } from '../../lib/charts/spec.ts';
import type { PageChartText } from './page-text.ts';
import { svgElement } from './svg-dom.ts';

/*
 * A small ranked bar chart drawn in the browser (one per indicator on the compare page): the same
 * layout, description and render as the build-time ranked charts, with the words the page carries.
 */

export interface IndicatorMeta {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly questionId: string;
  readonly max?: number;
}

/** Drawn narrow: several sit side by side. */
const SIZE = { width: 360, labelWidth: 110, valueWidth: 78 } as const;

export function indicatorBars(
  meta: IndicatorMeta,
  items: readonly RankedItem[],
  text: PageChartText,
  doc: Document = document,
): HTMLElement {
  const { i18n } = text;
  const id = `compare-${meta.id}`;
  const title = i18n.t('charts.bars.title', { label: meta.label, question: meta.questionId, unit: meta.unit });
  const marks = layoutRanked(items, {
    unit: meta.unit,
    ...(meta.max !== undefined ? { max: meta.max } : {}),
    ...SIZE,
    compare: i18n.compare,
    // A handful of chosen cities: each has its row, with or without a value.
    listMissing: true,
  });
  const words = describeRanked(marks, { measure: meta.label.toLocaleLowerCase(i18n.lang), unit: meta.unit }, i18n, text.reason);
  const children = renderRanked(marks, rankedLabels(marks, meta.unit, i18n, text.reason));
  const figure = doc.createElement('figure');
  figure.className = 'indicator-chart';
  const caption = doc.createElement('figcaption');
  caption.textContent = title;
  figure.append(caption, svgElement(svgRoot(id, 'ranked', title, words.summary, marks.width, marks.height, children), doc));
  return figure;
}

/** A city's figure as a bar: a number, or why it is missing (a reason the page does not name counts as not given). */
export function figureItem(
  city: { readonly id: string; readonly label: string; readonly country: string },
  figure: number | string | undefined,
  text: PageChartText,
): RankedItem {
  if (typeof figure === 'number') return { ...city, value: { kind: 'value', value: figure } };
  return { ...city, value: { kind: 'missing', reason: figure !== undefined && text.isReason(figure) ? figure : 'not_given' } };
}
