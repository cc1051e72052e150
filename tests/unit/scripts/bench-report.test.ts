import { describe, expect, it } from 'vitest';
import {
  formatGrowth,
  formatRatioTable,
  growthReport,
  growthSizes,
  ratio,
  ratioTable,
  RATIO_METRICS,
} from '../../../scripts/lib/bench-report.ts';
import type { MeasuredBuild } from '../../../scripts/lib/bench-report.ts';

/** A measured build whose every figure is `scale` times a round base, unless overridden. */
function build(kind: MeasuredBuild['kind'], responses: number, scale: number, over: Partial<MeasuredBuild> = {}): MeasuredBuild {
  return {
    kind,
    responses,
    buildSeconds: 10 * scale,
    pagesSeconds: 6 * scale,
    indexSeconds: 4 * scale,
    peakTreeRssMiB: 100 * scale,
    outputBytes: 1_000_000 * scale,
    outputFiles: 1000 * scale,
    searchIndexBytes: 50_000 * scale,
    search: { totalBytes: 20_000 * scale },
    ...over,
  };
}

describe('ratio', () => {
  it.each([
    [30, 10, 3],
    [5, 10, 0.5],
    [0, 10, 0],
    [10, 0, undefined],
    [10, -1, undefined],
    [undefined, 10, undefined],
    [10, undefined, undefined],
    [Number.NaN, 10, undefined],
    [10, Number.POSITIVE_INFINITY, undefined],
  ])('%s / %s = %s', (site, baseline, expected) => {
    expect(ratio(site, baseline)).toBe(expected);
  });
});

describe('ratioTable', () => {
  it('divides every figure of the site by the baseline of the same size, sizes in order', () => {
    const rows = ratioTable([
      build('site', 1000, 4),
      build('baseline', 1000, 2),
      build('site', 200, 3),
      build('baseline', 200, 1, { indexSeconds: undefined }),
    ]);
    expect(rows.map((r) => r.responses)).toEqual([200, 1000]);
    expect(rows[0]!.ratios).toEqual({
      buildSeconds: 3,
      pagesSeconds: 3,
      indexSeconds: undefined,
      peakTreeRssMiB: 3,
      outputBytes: 3,
      outputFiles: 3,
      searchIndexBytes: 3,
      firstSearchBytes: 3,
    });
    expect(Object.values(rows[1]!.ratios)).toEqual(RATIO_METRICS.map(() => 2));
  });

  it('takes each figure from its own field', () => {
    const site = build('site', 100, 1, { outputFiles: 700, search: { totalBytes: 90_000 }, peakTreeRssMiB: 250 });
    const [row] = ratioTable([site, build('baseline', 100, 1)]);
    expect(row!.ratios).toMatchObject({ outputFiles: 0.7, firstSearchBytes: 4.5, peakTreeRssMiB: 2.5, buildSeconds: 1 });
  });

  it.each([
    ['no baseline', [build('site', 200, 1), build('site', 1000, 1)]],
    ['no site', [build('baseline', 200, 1)]],
    ['different sizes', [build('site', 200, 1), build('baseline', 1000, 1)]],
  ])('has no row for a size without both builds (%s)', (_, results) => {
    expect(ratioTable(results)).toEqual([]);
  });
});

describe('growthSizes', () => {
  it.each([
    [[200, 1000, 5000], { from: 1000, to: 5000 }],
    [[5000, 200, 1000], { from: 1000, to: 5000 }],
    [[200, 1000, 2000, 5000], { from: 1000, to: 5000 }],
    [[200, 2000, 5000], { from: 2000, to: 5000 }],
    [[30, 60], { from: 30, to: 60 }],
    [[200, 1000], { from: 200, to: 1000 }],
    [[1000, 1000, 5000], { from: 1000, to: 5000 }],
    [[1000], undefined],
    [[1000, 1000], undefined],
    [[], undefined],
  ])('%j -> %j', (sizes, expected) => {
    expect(growthSizes(sizes)).toEqual(expected);
  });
});

describe('growthReport', () => {
  it('compares the cost per response at the largest size with that at 1,000', () => {
    const report = growthReport([
      build('site', 200, 1),
      build('site', 1000, 2),
      build('baseline', 5000, 100),
      // Five times the responses: 5.5× the time (1.1 per response), 10× the memory, 5× the output.
      build('site', 5000, 1, { buildSeconds: 110, peakTreeRssMiB: 2000, outputBytes: 10_000_000 }),
    ]);
    expect(report).toBeDefined();
    expect(report).toMatchObject({ from: 1000, to: 5000, goal: 1.2 });
    const byKey = Object.fromEntries(report!.figures.map((f) => [f.key, f]));
    expect(byKey['buildMs']).toMatchObject({ unit: 'ms/response', fromPerResponse: 20, toPerResponse: 22, meetsGoal: true });
    expect(byKey['buildMs']!.growth).toBeCloseTo(1.1, 10);
    expect(byKey['treeRssMiB']).toMatchObject({ fromPerResponse: 0.2, toPerResponse: 0.4, growth: 2, meetsGoal: false });
    expect(byKey['outputBytes']).toMatchObject({ fromPerResponse: 2000, toPerResponse: 2000, growth: 1, meetsGoal: true });
  });

  it.each([
    [1.2, true],
    [1.2000001, false],
    [0.8, true],
  ])('a growth of %s meets the goal: %s', (growth, meets) => {
    const report = growthReport([build('site', 100, 1), build('site', 200, 2 * growth)]);
    expect(report!.figures[0]!.growth).toBeCloseTo(growth, 10);
    expect(report!.figures.every((f) => f.meetsGoal === meets)).toBe(true);
  });

  it('ignores the baseline and needs two site sizes', () => {
    expect(growthReport([build('site', 1000, 1), build('baseline', 5000, 1)])).toBeUndefined();
    expect(growthReport([])).toBeUndefined();
  });
});

describe('the printed report', () => {
  it('prints the ratio table with one row per size and a cell per figure', () => {
    const text = formatRatioTable(ratioTable([build('site', 200, 3), build('baseline', 200, 1, { indexSeconds: undefined })]));
    expect(text).toContain(
      '| n | all-in build | pages | index | peak tree RSS | output bytes | output files | search index bytes | first-search bytes |',
    );
    expect(text).toContain('| 200 | 3.00× | 3.00× | – | 3.00× | 3.00× | 3.00× | 3.00× | 3.00× |');
  });

  it('says why there is no ratio table without a baseline', () => {
    expect(formatRatioTable([])).toMatch(/--no-baseline/);
  });

  it('prints each growth with the goal and a verdict', () => {
    const text = formatGrowth(growthReport([build('site', 1000, 1), build('site', 5000, 5, { peakTreeRssMiB: 1000 })]));
    expect(text).toContain('5000 responses vs 1000 (goal ≤ 1.2×)');
    expect(text).toContain('all-in build: 10.0 → 10.0 ms/response, growth 1.00× (goal ≤ 1.2×: meets the goal)');
    expect(text).toContain('peak tree RSS: 0.100 → 0.200 MiB/response, growth 2.00× (goal ≤ 1.2×: MISSES the goal)');
    expect(text).toContain('output: 1000 → 1000 bytes/response');
    expect(formatGrowth(undefined)).toMatch(/two sizes/);
  });
});
