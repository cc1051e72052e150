import { xAxis } from '../axis.ts';
import { fillAttrs, legend, patternDefs } from '../categories.ts';
import type { Category } from '../categories.ts';
import { truncate } from '../labels.ts';
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
  const rows = marks.rows.map((r) =>
    el('g', { class: 'row', transform: `translate(0,${r.y})`, 'data-id': r.id }, [
      el('text', { class: 'row-label', x: marks.x0 - 8, y: h / 2 + 4, 'text-anchor': 'end' }, truncate(r.label, NAME_LENGTH)),
      ...r.segments.flatMap((s) => {
        const c = categories.find((k) => k.key === s.key);
        if (!c) return [];
        return [
          el('g', { class: 'segment', 'data-tip': labels.tip(r, s, c) }, [
            el('rect', { ...fillAttrs(id, c), x: s.x, y: 3, width: Math.max(s.width, 0.5), height: h - 6 }),
            s.width >= LABELLED_FROM
              ? el(
                  'text',
                  { class: `segment-label on-${c.tone}`, x: s.x + s.width / 2, y: h / 2 + 4, 'text-anchor': 'middle' },
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
