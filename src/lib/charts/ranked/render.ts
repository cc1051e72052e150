import { xAxis } from '../axis.ts';
import { textWidth, truncate } from '../labels.ts';
import { el } from '../svg.ts';
import type { SvgNode } from '../svg.ts';
import type { RankedLabels } from './describe.ts';
import type { RankedMarks, RankedRow } from './layout.ts';

/*
 * Ranked bars, render: placed rows and their words -> SVG nodes. The axis along the top has
 * gridlines through the rows (and is repeated under long charts); each row is a group the client
 * script can sort and highlight. Names and values are kept inside the drawing's width.
 */

/** Longest city name drawn in full (the tooltip and table have every name whole). */
const NAME_LENGTH = 22;

function rowNode(r: RankedRow, marks: RankedMarks, labels: RankedLabels): SvgNode {
  const h = marks.rowHeight;
  const x0 = marks.x0;
  // Names above the bars: a name line, then a bar of the usual height under it.
  const barTop = marks.labelsAbove ? h - 15 : 3;
  const barHeight = marks.labelsAbove ? 12 : h - 6;
  const textY = marks.labelsAbove ? barTop + barHeight - 2 : h / 2 + 4;
  const nameLength = marks.labelsAbove ? Math.floor((marks.width - x0 - 4) / textWidth('x')) : NAME_LENGTH;
  const name = (text: string) =>
    marks.labelsAbove
      ? el('text', { class: 'row-label', x: x0, y: barTop - 3 }, text)
      : el('text', { class: 'row-label', x: x0 - 8, y: textY, 'text-anchor': 'end' }, text);
  const cityName = (row: { readonly highlighted: boolean }) => {
    const marker = row.highlighted ? '▶ ' : '';
    return `${marker}${truncate(labels.name(r), nameLength - marker.length)}`;
  };
  // The value after its bar, or inside the bar's end when it would pass the right edge.
  const valueLabel = (end: number, text: string) =>
    end + 5 + textWidth(text) <= marks.width
      ? el('text', { class: 'value-label', x: end + 5, y: textY }, text)
      : el('text', { class: 'value-label', x: Math.max(end - 4, x0 + textWidth(text)), y: textY, 'text-anchor': 'end' }, text);
  const at = `translate(0,${r.y})`;
  switch (r.kind) {
    case 'value':
      return el(
        'g',
        {
          class: `row${r.highlighted ? ' is-highlighted' : ''}`,
          transform: at,
          'data-id': r.id,
          'data-tip': labels.tip(r),
          'data-name': r.label,
          'data-value': r.value,
        },
        [
          name(cityName(r)),
          el('rect', { class: 'mark bar', x: x0, y: barTop, width: Math.max(r.barWidth, 1), height: barHeight }),
          valueLabel(x0 + r.barWidth, labels.value(r)),
        ],
      );
    case 'missing':
      return el(
        'g',
        {
          class: `row row--missing${r.highlighted ? ' is-highlighted' : ''}`,
          transform: at,
          'data-id': r.id,
          'data-tip': labels.tip(r),
          'data-name': r.label,
          'data-value': '',
        },
        [name(cityName(r)), el('text', { class: 'missing-label', x: x0 + 4, y: textY }, labels.value(r))],
      );
    case 'others': {
      const half = barHeight / 2;
      const middle = barTop + half;
      return el('g', { class: 'row row--others', transform: at, 'data-tip': labels.tip(r) }, [
        name(labels.name(r)),
        el('line', { class: 'range', x1: r.x0, x2: r.x1, y1: middle, y2: middle }),
        el('path', { class: 'median-mark', d: `M${r.xMedian},${barTop} l4,${half} l-4,${half} l-4,-${half} z` }),
        valueLabel(Math.max(r.x1, r.xMedian + 6), labels.value(r)),
      ]);
    }
    case 'missing-group':
      return el('g', { class: 'row row--missing', transform: at, 'data-tip': labels.tip(r) }, [
        name(labels.name(r)),
        el('text', { class: 'missing-label', x: x0 + 4, y: textY }, labels.value(r)),
      ]);
  }
}

/** The chart's drawing: axis, then the rows (sortable unless aggregated), and the axis again under long charts. */
export function renderRanked(marks: RankedMarks, labels: RankedLabels): SvgNode[] {
  const ticks = marks.ticks.map((t) => ({ x: t.x, label: labels.tick(t.value) }));
  const gridEnd = marks.bottomAxisY ?? marks.height - 4;
  return [
    xAxis(ticks, { position: 'top', y: marks.top, gridEnd, insideEnds: marks.labelsAbove }),
    el(
      'g',
      { class: 'rows', 'data-sortable': marks.aggregated ? undefined : 'true' },
      marks.rows.map((r) => rowNode(r, marks, labels)),
    ),
    marks.bottomAxisY !== undefined &&
      xAxis(ticks, {
        position: 'bottom',
        y: marks.bottomAxisY,
        from: marks.x0,
        to: marks.ticks.at(-1)?.x ?? marks.width,
        insideEnds: marks.labelsAbove,
      }),
  ].filter((n): n is SvgNode => !!n);
}
