import { xAxis } from '../axis.ts';
import { startInside, textWidth } from '../labels.ts';
import { el } from '../svg.ts';
import type { SvgNode } from '../svg.ts';
import type { StripLabels } from './describe.ts';
import type { StripMarks } from './layout.ts';

/*
 * Distribution strip, render: quartile band and labels, dots or bins, the median line over them,
 * the axis, and the highlighted city's marker under it.
 */

/** Bins narrower than this carry no count (the tooltip and the table have it). */
export const COUNTED_FROM = 18;

export function renderStrip(marks: StripMarks, labels: StripLabels, options: { readonly compact?: boolean | undefined } = {}): SvgNode[] {
  const { axisY, width, plotTop, margin, radius: R } = marks;
  const children: SvgNode[] = [];
  if (marks.stats) {
    const { q1, median, q3 } = marks.stats;
    children.push(
      el('g', { class: 'stats', 'aria-hidden': 'true' }, [
        el('rect', { class: 'quartile-band', x: q1, y: plotTop, width: Math.max(1, q3 - q1), height: axisY - plotTop }),
        el('text', { class: 'stat-label', x: startInside(median, textWidth(labels.median), width), y: 12 }, labels.median),
        // Quartile labels sit outside the band, clamped so they never leave the chart.
        el(
          'text',
          { class: 'stat-label stat-label--quartile', x: Math.max(q1 - 3, textWidth(labels.q1)), y: 25, 'text-anchor': 'end' },
          labels.q1,
        ),
        el(
          'text',
          { class: 'stat-label stat-label--quartile', x: Math.min(q3 + 3, width - textWidth(labels.q3)), y: 25, 'text-anchor': 'start' },
          labels.q3,
        ),
      ]),
    );
  }
  if (marks.mode === 'empty')
    children.push(el('text', { class: 'empty-label', x: width / 2, y: axisY - 10, 'text-anchor': 'middle' }, labels.empty));
  children.push(
    el(
      'g',
      { class: 'dots' },
      marks.dots.map((d) =>
        options.compact && !d.highlighted
          ? el('circle', { cx: Math.round(d.x), cy: Math.round(d.y), r: R })
          : el('circle', {
              class: `mark dot${d.highlighted ? ' is-highlighted' : ''}`,
              cx: d.x,
              cy: d.y,
              r: d.highlighted ? R + 1.5 : R,
              'data-id': d.id,
              'data-name': d.label,
              'data-tip': labels.dotTip(d),
            }),
      ),
    ),
  );
  if (marks.bins.length)
    children.push(
      el(
        'g',
        { class: 'bins' },
        marks.bins.map((b, i, all) =>
          el('g', { class: 'bin', 'data-tip': labels.binTip(b, i === all.length - 1) }, [
            el('rect', { class: 'mark bin-bar', x: b.x, y: b.y, width: b.width, height: Math.max(b.height, 0.5) }),
            b.count > 0 && b.width >= COUNTED_FROM
              ? el('text', { class: 'bin-label', x: b.x + b.width / 2, y: b.y - 3, 'text-anchor': 'middle' }, labels.binCount(b))
              : undefined,
          ]),
        ),
      ),
    );
  // The median line goes over the dots and bars, so it is never hidden behind them.
  if (marks.stats)
    children.push(
      el('line', {
        class: 'median-line',
        'aria-hidden': 'true',
        x1: marks.stats.median,
        x2: marks.stats.median,
        y1: plotTop - 4,
        y2: axisY,
      }),
    );
  children.push(
    xAxis(
      marks.ticks.map((t) => ({ x: t.x, label: labels.tick(t.value) })),
      { position: 'bottom', y: axisY, from: margin, to: width - margin },
    ),
  );
  const hi = marks.highlight;
  if (hi) {
    const hx = hi.x;
    children.push(
      hx !== undefined
        ? el('g', { class: 'highlight', 'aria-hidden': 'true' }, [
            el('path', { class: 'highlight-mark', d: `M${hx},${axisY + 18} l5,8 l-10,0 z` }),
            // Kept whole inside the drawing, however near an end the city's value is.
            el(
              'text',
              { class: 'highlight-label', x: startInside(hx, textWidth(labels.highlight), width), y: axisY + 38 },
              labels.highlight,
            ),
          ])
        : el('text', { class: 'highlight-label highlight-label--missing', x: margin, y: axisY + 38 }, labels.highlight),
    );
  }
  return children;
}
