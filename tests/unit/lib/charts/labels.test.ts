import { describe, expect, it } from 'vitest';
import { anchorInside, flowLines, textWidth, truncate } from '../../../../src/lib/charts/labels.ts';

describe('truncate', () => {
  it.each([
    ['Almaty', 22, 'Almaty'],
    ['Exactly ten', 11, 'Exactly ten'],
    ['Sendai Framework for Disaster Risk Reduction', 26, 'Sendai Framework for Disa…'],
    // The cut never leaves a space before the ellipsis.
    ['Saint Petersburg', 7, 'Saint…'],
  ])('%j at %i -> %j', (label, max, expected) => {
    const cut = truncate(label, max);
    expect(cut).toBe(expected);
    expect(cut.length).toBeLessThanOrEqual(max);
  });
});

describe('anchorInside', () => {
  it.each([
    [50, 'start'],
    [320, 'middle'],
    [600, 'end'],
  ] as const)('x=%i in a 640 wide chart with 90 of margin -> %s', (x, anchor) => expect(anchorInside(x, 640, 90)).toBe(anchor));
});

describe('textWidth', () => {
  it('grows with the label, at the given width per character', () => {
    expect(textWidth('abc')).toBeCloseTo(3 * 6.6, 9);
    expect(textWidth('abc', 6.8)).toBeCloseTo(3 * 6.8, 9);
  });
});

describe('flowLines', () => {
  it('places items left to right and wraps the one that would pass the width', () => {
    const flow = flowLines([40, 40, 40], 100, 10, 18);
    expect(flow.positions).toEqual([
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 0, y: 18 },
    ]);
    expect(flow.height).toBe(18);
  });

  it('never wraps the first item of a line, however wide', () => {
    expect(flowLines([300, 20], 100, 10, 18).positions).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 18 },
    ]);
  });
});
