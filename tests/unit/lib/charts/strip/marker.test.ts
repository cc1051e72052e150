import { describe, expect, it } from 'vitest';
import { layoutStrip } from '../../../../../src/lib/charts/strip/layout.ts';
import type { StripItem } from '../../../../../src/lib/charts/strip/layout.ts';
import { MARKER_ROOM, stripMarker } from '../../../../../src/lib/charts/strip/marker.ts';
import { CHART_WIDTHS } from '../../../../../src/lib/charts/spec.ts';
import type { IndicatorValue } from '../../../../../src/lib/indicators/index.ts';

const v = (value: number): IndicatorValue => ({ kind: 'value', value });
const others: StripItem[] = [10, 30, 55, 70, 90].map((value, i) => ({ id: `o${i}`, label: `Other ${i}`, value: v(value) }));
const withCity = (value: IndicatorValue): StripItem[] => [...others, { id: 'city', label: 'City', value }];
/** The strip's linear scale on a 0–100% axis: the margins (18) at 0 and 100. */
const xOf = (value: number, width: number) => 18 + ((width - 36) * value) / 100;
const BOLD = 7.2;
const marks = (value: number, width: number, dotLimit?: number) =>
  layoutStrip(withCity(v(value)), { unit: '%', max: 100, width, highlight: 'city', ...(dotLimit ? { dotLimit } : {}) });

describe('stripMarker: the city marker laid over the shared strip image', () => {
  const label = 'City: 50%';
  const w = label.length * BOLD;
  it.each([
    // value, drawing, side, anchor, label x
    [0, 'wide', 'after', 'start', xOf(0, 640) - 4],
    [25, 'wide', 'after', 'start', xOf(25, 640) - 4],
    [50, 'wide', 'after', 'start', xOf(50, 640) - 4],
    [75, 'wide', 'before', 'end', xOf(75, 640) + 4],
    [100, 'wide', 'before', 'end', xOf(100, 640) + 4],
    [0, 'narrow', 'after', 'start', xOf(0, 360) - 4],
    [49, 'narrow', 'after', 'start', xOf(49, 360) - 4],
    [51, 'narrow', 'before', 'end', xOf(51, 360) + 4],
    [100, 'narrow', 'before', 'end', xOf(100, 360) + 4],
  ] as const)('at %d%% on the %s drawing: label %s the marker, anchored at its %s', (value, drawing, side, anchor, labelX) => {
    const width = CHART_WIDTHS[drawing];
    const m = stripMarker(marks(value, width), label)!;
    expect(m.x).toBeCloseTo(xOf(value, width), 2);
    expect(m.xPercent).toBeCloseTo((xOf(value, width) / width) * 100, 2);
    expect(m.label).toMatchObject({ side, anchor });
    expect(m.label.x).toBeCloseTo(labelX, 2);
    expect(m.width).toBe(width);
    expect(m.height).toBe(marks(value, width).axisY + MARKER_ROOM);
    expect(m.markTop).toBe(m.axisY + 18);
    expect(m.markTopPercent).toBeCloseTo((m.markTop / m.height) * 100, 2);
    // The label's box, as estimated, is inside the drawing.
    const [left, right] = anchor === 'start' ? [m.label.x, m.label.x + w] : [m.label.x - w, m.label.x];
    expect(left).toBeGreaterThanOrEqual(2);
    expect(right).toBeLessThanOrEqual(width - 2);
  });

  it.each([
    // A long name near either edge and in the middle: pushed back inside, still on its side.
    [3, 'narrow', 'after', 360 - 2 - 40 * BOLD],
    [45, 'narrow', 'after', 360 - 2 - 40 * BOLD],
    [97, 'narrow', 'before', 2 + 40 * BOLD],
    [55, 'narrow', 'before', 2 + 40 * BOLD],
  ] as const)('a 40-character label at %d%% on the %s drawing stays inside (%s, at %d)', (value, drawing, side, labelX) => {
    const width = CHART_WIDTHS[drawing];
    const long = 'x'.repeat(40);
    const m = stripMarker(marks(value, width), long)!;
    expect(m.label.side).toBe(side);
    // Only where the label would leave the drawing is it moved.
    const natural = side === 'after' ? m.x - 4 : m.x + 4;
    const moved = side === 'after' ? natural + 40 * BOLD > width - 2 : natural - 40 * BOLD < 2;
    expect(m.label.x).toBeCloseTo(moved ? labelX : natural, 2);
  });

  it('keeps every label of up to 45 characters inside both drawings, whatever the value', () => {
    for (const drawing of ['wide', 'narrow'] as const)
      for (let value = 0; value <= 100; value += 2.5)
        for (const length of [5, 20, 45]) {
          const width = CHART_WIDTHS[drawing];
          const m = stripMarker(marks(value, width), 'y'.repeat(length))!;
          const w = length * BOLD;
          const [left, right] = m.label.anchor === 'start' ? [m.label.x, m.label.x + w] : [m.label.x - w, m.label.x];
          expect(left, `${drawing} ${value} ${length}`).toBeGreaterThanOrEqual(2);
          expect(right, `${drawing} ${value} ${length}`).toBeLessThanOrEqual(width - 2);
          expect(m.x).toBeGreaterThanOrEqual(0);
          expect(m.x).toBeLessThanOrEqual(width);
        }
  });

  it('puts the city dot over a dot strip, and none over bins (a line marks the value there)', () => {
    const dots = stripMarker(marks(30, 640), label)!;
    const hi = marks(30, 640).dots.find((d) => d.highlighted)!;
    expect(dots.dot).toEqual({ x: Math.round(hi.x * 100) / 100, y: hi.y, r: marks(30, 640).radius + 1.5 });
    const bins = marks(30, 640, 1);
    expect(bins.mode).toBe('bins');
    expect(stripMarker(bins, label)?.dot).toBeUndefined();
    expect(stripMarker(bins, label)?.plotTop).toBe(bins.plotTop);
  });

  it.each([
    [30, 640],
    [100, 640],
    [0, 360],
    [64, 360],
  ])('on bins, marks the value at %d%% (%d units) with a line broken around the count over its bin', (value, width) => {
    const m = marks(value, width, 1);
    const bin = m.bins.find((b, i) => value >= b.from && (value < b.to || i === m.bins.length - 1))!;
    expect(bin.count).toBeGreaterThan(0);
    const marker = stripMarker(m, label)!;
    expect(marker.line.at(-1)).toEqual([Math.round(bin.y * 100) / 100, m.axisY]);
    // Nothing of the line where the count is written (3 units over the bar, 12-unit text).
    for (const [y1, y2] of marker.line) expect(y2 <= bin.y - 15 || y1 >= bin.y - 0.01, `${y1}-${y2}`).toBe(true);
    if (bin.y - 15 > m.plotTop + 2) expect(marker.line[0]).toEqual([m.plotTop, Math.round((bin.y - 15) * 100) / 100]);
    // A dot strip has the city's dot, no line.
    expect(stripMarker(marks(value, width), label)?.line).toEqual([]);
  });

  it('gives no marker to a city without a value, or when no city is highlighted', () => {
    const missing = layoutStrip(withCity({ kind: 'missing', reason: 'withheld' }), { unit: '%', max: 100, highlight: 'city' });
    expect(stripMarker(missing, 'City')).toBeUndefined();
    expect(stripMarker(layoutStrip(withCity(v(5)), { unit: '%', max: 100 }), 'City')).toBeUndefined();
  });
});
