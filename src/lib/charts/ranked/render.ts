import { xAxis } from '../axis.ts';
import { truncate } from '../labels.ts';
import { el } from '../svg.ts';
import type { SvgNode } from '../svg.ts';
import type { RankedLabels } from './describe.ts';
import type { RankedMarks, RankedRow } from './layout.ts';

/*
 * Ranked bars, render: placed rows and their words -> SVG nodes. The axis along the top has
 * gridlines through the rows; each row is a group the client script can sort and highlight.
 */

/** Longest city name drawn in full (the tooltip and table have every name whole). */
const NAME_LENGTH = 22;

function rowNode(r: RankedRow, marks: RankedMarks, labels: RankedLabels): SvgNode {
  const h = marks.rowHeight;
  const textY = h / 2 + 4;
  const x0 = marks.x0;
  const name = (text: string) => el('text', { class: 'row-label', x: x0 - 8, y: textY, 'text-anchor': 'end' }, text);
  const cityName = (row: { readonly highlighted: boolean }) => `${row.highlighted ? '▶ ' : ''}${truncate(labels.name(r), NAME_LENGTH)}`;
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
          el('rect', { class: 'mark bar', x: x0, y: 3, width: Math.max(r.barWidth, 1), height: h - 6 }),
          el('text', { class: 'value-label', x: x0 + r.barWidth + 5, y: textY }, labels.value(r)),
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
      const half = (h - 6) / 2;
      return el('g', { class: 'row row--others', transform: at, 'data-tip': labels.tip(r) }, [
        name(labels.name(r)),
        el('line', { class: 'range', x1: r.x0, x2: r.x1, y1: h / 2, y2: h / 2 }),
        el('path', { class: 'median-mark', d: `M${r.xMedian},3 l4,${half} l-4,${half} l-4,-${half} z` }),
        el('text', { class: 'value-label', x: Math.max(r.x1, r.xMedian + 6) + 5, y: textY }, labels.value(r)),
      ]);
    }
    case 'missing-group':
      return el('g', { class: 'row row--missing', transform: at, 'data-tip': labels.tip(r) }, [
        name(labels.name(r)),
        el('text', { class: 'missing-label', x: x0 + 4, y: textY }, labels.value(r)),
      ]);
  }
}

/** The chart's drawing: axis, then the rows (sortable unless aggregated). */
export function renderRanked(marks: RankedMarks, labels: RankedLabels): SvgNode[] {
  return [
    xAxis(
      marks.ticks.map((t) => ({ x: t.x, label: labels.tick(t.value) })),
      { position: 'top', y: marks.top, gridEnd: marks.height - 4 },
    ),
    el(
      'g',
      { class: 'rows', 'data-sortable': marks.aggregated ? undefined : 'true' },
      marks.rows.map((r) => rowNode(r, marks, labels)),
    ),
  ];
}
