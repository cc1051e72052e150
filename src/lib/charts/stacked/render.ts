import { xAxis } from '../axis.ts';
import { fillAttrs, legend, patternDefs } from '../categories.ts';
import type { Category } from '../categories.ts';
import { textWidth, truncate } from '../labels.ts';
import { el } from '../svg.ts';
import type { SvgNode } from '../svg.ts';
import type { StackedLabels } from './describe.ts';
import type { StackedMarks } from './layout.ts';

/* Stacked bars, render: patterns, the axis, one row of segments per row, the legend. */

const NAME_LENGTH = 34;
/** Narrower segments carry no label (the tooltip and the table have it). */
const LABELLED_FROM = 40;

export function renderStacked(
  id: string,
  marks: StackedMarks,
  categories: readonly Category[],
  labels: StackedLabels & { readonly legend: (c: Category) => string },
): { readonly children: SvgNode[]; readonly height: number } {
  const h = marks.rowHeight;
  // Labels above the bars: the label line, then a bar of the usual height (24) under it.
  const barTop = marks.labelsAbove ? h - 21 : 3;
  const barHeight = 18;
  const textY = barTop + barHeight / 2 + 4;
  const label = (text: string) =>
    marks.labelsAbove
      ? el(
          'text',
          { class: 'row-label', x: marks.x0, y: barTop - 4 },
          truncate(text, Math.floor((marks.width - marks.x0) / textWidth('x'))),
        )
      : el('text', { class: 'row-label', x: marks.x0 - 8, y: h / 2 + 4, 'text-anchor': 'end' }, truncate(text, NAME_LENGTH));
  const rows = marks.rows.map((r) =>
    el('g', { class: 'row', transform: `translate(0,${r.y})`, 'data-id': r.id }, [
      label(r.label),
      ...r.segments.flatMap((s) => {
        const c = categories.find((k) => k.key === s.key);
        if (!c) return [];
        return [
          el('g', { class: 'segment', 'data-tip': labels.tip(r, s, c) }, [
            el('rect', { ...fillAttrs(id, c), x: s.x, y: barTop, width: Math.max(s.width, 0.5), height: barHeight }),
            s.width >= LABELLED_FROM
              ? el(
                  'text',
                  { class: `segment-label on-${c.tone}`, x: s.x + s.width / 2, y: textY, 'text-anchor': 'middle' },
                  labels.segment(s, c),
                )
              : undefined,
          ]),
        ];
      }),
    ]),
  );
  const key = legend(id, categories, labels.legend, marks.x0, marks.legendY, marks.width - marks.x0);
  return {
    children: [
      patternDefs(id, categories),
      xAxis(
        marks.ticks.map((t) => ({ x: t.x, label: labels.tick(t.value) })),
        { position: 'top', y: marks.top, gridEnd: marks.height - 4, insideEnds: true },
      ),
      el('g', { class: 'rows' }, rows),
      key.node,
    ],
    height: marks.legendY + key.height + 4,
  };
}
