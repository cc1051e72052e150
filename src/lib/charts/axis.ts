import { el } from './svg.ts';
import type { SvgNode } from './svg.ts';

/*
 * The one horizontal axis every chart type draws. Ticks come placed (layout) and labelled
 * (description); this only draws them: along the top with gridlines down through the rows
 * (ranked, stacked), or as a baseline with tick marks below the marks (strip).
 */

export interface AxisTick {
  readonly x: number;
  readonly label: string;
}

export type AxisOptions =
  | {
      /** Labels above, gridlines from `y` down to `gridEnd`. */
      readonly position: 'top';
      readonly y: number;
      readonly gridEnd: number;
      /** Turn the first and last labels inwards (a scale that fills the width edge to edge). */
      readonly insideEnds?: boolean;
    }
  | {
      /** A baseline at `y` from `from` to `to`, tick marks and labels below it. */
      readonly position: 'bottom';
      readonly y: number;
      readonly from: number;
      readonly to: number;
      readonly insideEnds?: boolean;
    };

export function xAxis(ticks: readonly AxisTick[], options: AxisOptions): SvgNode {
  const anchor = (i: number) => (!options.insideEnds ? 'middle' : i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle');
  if (options.position === 'bottom') {
    const { y } = options;
    return el('g', { class: 'axis axis--x', 'aria-hidden': 'true' }, [
      el('line', { class: 'axis-line', x1: options.from, x2: options.to, y1: y, y2: y }),
      ...ticks.flatMap((t, i) => [
        el('line', { class: 'tick', x1: t.x, x2: t.x, y1: y, y2: y + 4 }),
        el('text', { class: 'tick-label', x: t.x, y: y + 15, 'text-anchor': anchor(i) }, t.label),
      ]),
    ]);
  }
  const { y, gridEnd } = options;
  return el('g', { class: 'axis axis--x', 'aria-hidden': 'true' }, [
    ...ticks.map((t) => el('line', { class: 'grid', x1: t.x, x2: t.x, y1: y - 4, y2: gridEnd })),
    ...ticks.map((t, i) => el('text', { class: 'tick-label', x: t.x, y: y - 10, 'text-anchor': anchor(i) }, t.label)),
  ]);
}
