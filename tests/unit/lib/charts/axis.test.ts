import { describe, expect, it } from 'vitest';
import { xAxis } from '../../../../src/lib/charts/axis.ts';
import { serializeSvg } from '../../../../src/lib/charts/svg.ts';

const ticks = [
  { x: 10, label: '0%' },
  { x: 60, label: '50%' },
  { x: 110, label: '100%' },
];

describe('xAxis (the one axis of every chart type)', () => {
  it('along the top: gridlines down to gridEnd, then labels above, centred', () => {
    expect(serializeSvg(xAxis(ticks.slice(0, 2), { position: 'top', y: 26, gridEnd: 100 }))).toBe(
      [
        '<g class="axis axis--x" aria-hidden="true">',
        '  <line class="grid" x1="10" x2="10" y1="22" y2="100"/>',
        '  <line class="grid" x1="60" x2="60" y1="22" y2="100"/>',
        '  <text class="tick-label" x="10" y="16" text-anchor="middle">0%</text>',
        '  <text class="tick-label" x="60" y="16" text-anchor="middle">50%</text>',
        '</g>',
      ].join('\n'),
    );
  });

  it.each([
    [false, ['middle', 'middle', 'middle']],
    [true, ['start', 'middle', 'end']],
  ])('insideEnds=%s anchors the labels %j', (insideEnds, anchors) => {
    const axis = xAxis(ticks, { position: 'top', y: 26, gridEnd: 100, insideEnds });
    expect(axis.children?.filter((n) => n.tag === 'text').map((n) => n.attrs['text-anchor'])).toEqual(anchors);
  });

  it('as a baseline: the line, then a tick mark and a label below it for each tick', () => {
    expect(serializeSvg(xAxis(ticks.slice(0, 1), { position: 'bottom', y: 50, from: 18, to: 622 }))).toBe(
      [
        '<g class="axis axis--x" aria-hidden="true">',
        '  <line class="axis-line" x1="18" x2="622" y1="50" y2="50"/>',
        '  <line class="tick" x1="10" x2="10" y1="50" y2="54"/>',
        '  <text class="tick-label" x="10" y="65" text-anchor="middle">0%</text>',
        '</g>',
      ].join('\n'),
    );
  });
});
