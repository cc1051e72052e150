import { textWidth } from '../labels.ts';
import { r2 } from '../svg.ts';
import type { StripMarks } from './layout.ts';
import { COUNTED_FROM } from './render.ts';

/*
 * A profile's own mark on the shared strip image (issue 13): the image draws every city's value,
 * once per build; the page lays this marker over it. Pure: the highlighted layout of one drawing
 * (data + size -> marks) and the label's text in, positions in that drawing's units out, plus the
 * same positions as percentages of the drawing, so the overlay and the image line up at any size.
 */

/** Room under the axis for the city's marker and label; the shared image is drawn with it too. */
export const MARKER_ROOM = 44;
/** Gap between the edge of the drawing and a label pushed against it. */
const EDGE = 2;
/** Bold 12-unit text is wider than the charts' regular estimate. */
const BOLD_PER_CHARACTER = 7.2;

export interface StripMarker {
  /** The city's value on the axis, and as a percentage of the drawing's width. */
  readonly x: number;
  readonly xPercent: number;
  /** Tip of the triangle under the axis, and as a percentage of the drawing's height. */
  readonly markTop: number;
  readonly markTopPercent: number;
  /** The axis, and the top of the plot. */
  readonly axisY: number;
  readonly plotTop: number;
  /**
   * On a strip of bins, the line that marks the city's value from the top of the plot to the axis, as
   * segments (y1, y2): broken where it would cross the count written over the city's bin.
   */
  readonly line: readonly (readonly [number, number])[];
  /** The city's dot on a dot strip (bins have none: the line marks it), drawn over the shared image's plain dot. */
  readonly dot?: { readonly x: number; readonly y: number; readonly r: number };
  /**
   * The label beside the marker: on the right of it in the left half of the drawing (`after`),
   * on its left in the right half (`before`), and pushed back inside near either edge.
   */
  readonly label: {
    readonly x: number;
    readonly y: number;
    readonly anchor: 'start' | 'end';
    readonly side: 'after' | 'before';
    readonly xPercent: number;
  };
  readonly width: number;
  readonly height: number;
}

const percent = (v: number, of: number) => r2((v / of) * 100);

/** The city's marker on one drawing, or none when the city gave no value (its sentence says why). */
export function stripMarker(marks: StripMarks, label: string): StripMarker | undefined {
  const hi = marks.highlight;
  if (hi?.x === undefined) return undefined;
  const { width, axisY } = marks;
  const height = axisY + MARKER_ROOM;
  const x = r2(hi.x);
  const labelWidth = textWidth(label, BOLD_PER_CHARACTER);
  const side = x <= width / 2 ? 'after' : 'before';
  // Starts a little left of the marker's tip and runs right, or ends a little right of it and runs left;
  // either way no further out than the drawing allows (a label wider than the drawing starts at its edge).
  const labelX =
    side === 'after'
      ? r2(Math.max(EDGE, Math.min(x - 4, width - EDGE - labelWidth)))
      : r2(Math.min(width - EDGE, Math.max(x + 4, EDGE + labelWidth)));
  const dot = marks.dots.find((d) => d.highlighted);
  const markTop = axisY + 18;
  const value = hi.value ?? 0;
  const bin = marks.bins.find((b, i, all) =>
    b.from === b.to ? b.from === value : value >= b.from && (value < b.to || i === all.length - 1),
  );
  // The count sits 3 units over the bar, 12-unit text: leave 15 units of the line out above the bar.
  const counted = bin && bin.count > 0 && bin.width >= COUNTED_FROM;
  const line: (readonly [number, number])[] = dot
    ? []
    : counted
      ? [...(bin.y - 15 > marks.plotTop + 2 ? [[marks.plotTop, r2(bin.y - 15)] as const] : []), [r2(bin.y), axisY] as const]
      : [[marks.plotTop, axisY]];
  return {
    x,
    xPercent: percent(x, width),
    markTop,
    markTopPercent: percent(markTop, height),
    axisY,
    plotTop: marks.plotTop,
    line,
    ...(dot ? { dot: { x: r2(dot.x), y: r2(dot.y), r: marks.radius + 1.5 } } : {}),
    label: { x: labelX, y: axisY + 38, anchor: side === 'after' ? 'start' : 'end', side, xPercent: percent(labelX, width) },
    width,
    height,
  };
}
