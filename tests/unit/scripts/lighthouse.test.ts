import { describe, expect, it } from 'vitest';
import { belowThreshold, heaviest, medianScore, scoreOf, scoreTable } from '../../../scripts/lib/lighthouse.ts';
import type { LighthouseResult, PageScore } from '../../../scripts/lib/lighthouse.ts';

const page = { type: 'profile', path: '/cities/a/' };

function result(score: number | null, lcp: number, tbt: number, cls: number, bytes: number, selector?: string): LighthouseResult {
  return {
    categories: { performance: { score } },
    audits: {
      'largest-contentful-paint': { numericValue: lcp },
      'total-blocking-time': { numericValue: tbt },
      'cumulative-layout-shift': { numericValue: cls },
      'total-byte-weight': { numericValue: bytes },
      'lcp-breakdown-insight': selector
        ? { details: { type: 'list', items: [{ type: 'table', items: [{ node: { type: 'node', selector } }] }] } }
        : undefined,
    },
  };
}

const scored = (performance: number, lcpMs = 1000): PageScore => ({ ...page, performance, lcpMs, tbtMs: 0, cls: 0, transferBytes: 2048 });

describe('scoreOf', () => {
  it.each([
    ['a full result', result(0.97, 1800.4, 20, 0.01, 40_960, 'main > h1'), { performance: 97, lcpMs: 1800.4, lcpElement: 'main > h1' }],
    ['a rounded score', result(0.945, 2500, 0, 0, 1, undefined), { performance: 95, lcpMs: 2500 }],
    ['no score (the run failed)', result(null, 0, 0, 0, 0), { performance: Number.NaN }],
  ])('reads %s', (_name, lhr, expected) => {
    expect(scoreOf(page, lhr)).toMatchObject({ ...page, ...expected });
  });

  it('reads a missing audit as NaN, not 0', () => {
    expect(scoreOf(page, { categories: {}, audits: {} }).lcpMs).toBeNaN();
  });
});

describe('medianScore', () => {
  it.each([
    [[scored(90, 3000)], 90, 3000],
    [[scored(99, 1000), scored(90, 3000), scored(95, 2000)], 95, 2000],
    [[scored(98, 1000), scored(96, 2000)], 97, 1500],
  ])('takes the median of each figure (%#)', (runs, performance, lcpMs) => {
    expect(medianScore(runs)).toMatchObject({ performance, lcpMs });
  });

  it('refuses no runs', () => {
    expect(() => medianScore([])).toThrow();
  });
});

describe('the table and the threshold', () => {
  it('prints one row per page, flagging scores under the threshold', () => {
    const lines = scoreTable([scored(99), { ...scored(90), path: '/questions/x/' }], 95).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^page type\s+path\s+perf\s+LCP ms\s+TBT ms\s+CLS\s+KB$/);
    expect(lines[1]).toMatch(/\/cities\/a\/\s+99\s+1000\s+0\s+0\.000\s+2\.0$/);
    expect(lines[2]).toMatch(/\/questions\/x\/\s+90 !/);
  });

  it.each([
    [[99, 95, 94], [94]],
    [[96], []],
    [[Number.NaN], [Number.NaN]],
  ])('finds the pages under 95 in %j', (performances, low) => {
    expect(
      belowThreshold(
        performances.map((p) => scored(p)),
        95,
      ).map((s) => s.performance),
    ).toEqual(low);
  });
});

describe('heaviest', () => {
  it.each([
    [['a', 'ccc', 'bb'], 'ccc'],
    [['x'], 'x'],
    [[], undefined],
  ])('picks the heaviest of %j', (items, expected) => {
    expect(heaviest(items, (s) => s.length)).toBe(expected);
  });
});
