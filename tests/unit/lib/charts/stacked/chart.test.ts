import { describe, expect, it } from 'vitest';
import { closedCategories } from '../../../../../src/lib/charts/categories.ts';
import { layoutStacked, stackedChart } from '../../../../../src/lib/charts/stacked/index.ts';
import { walkSvg } from '../../../../../src/lib/charts/svg.ts';

describe('layoutStacked', () => {
  const rows = [
    { id: 'q1', label: 'Q1', counts: { yes: 3, no: 1, not_answered: 0, not_legible_in_source: 4 } },
    { id: 'q2', label: 'Q2', counts: { yes: 0, no: 0, not_answered: 2, withheld: 2 } },
  ];
  const m = layoutStacked(rows, closedCategories(), 640);

  it('puts segments side by side in category order, sized by share, skipping empty ones', () => {
    const [a, b] = m.rows;
    expect(a!.segments.map((s) => s.key)).toEqual(['yes', 'no', 'not_legible_in_source']);
    expect(a!.total).toBe(8);
    const span = 640 - 12 - m.x0;
    expect(a!.segments[0]!.width).toBeCloseTo(span * (3 / 8), 6);
    expect(a!.segments[1]!.x).toBeCloseTo(a!.segments[0]!.x + a!.segments[0]!.width, 6);
    const end = a!.segments.at(-1)!;
    expect(end.x + end.width).toBeCloseTo(640 - 12, 6);
    expect(b!.segments.map((s) => [s.key, s.share])).toEqual([
      ['not_answered', 0.5],
      ['withheld', 0.5],
    ]);
  });

  it('gives every patterned category a pattern, and labels segments with symbol and share', () => {
    const spec = stackedChart({ id: 'x', title: 'X', rows, categories: closedCategories(), rowHeader: 'Question' });
    const nodes = [...walkSvg(spec.svg!)];
    expect(nodes.filter((n) => n.tag === 'pattern').map((n) => n.attrs['id'])).toEqual([
      'x-pat-no',
      'x-pat-not-answered',
      'x-pat-not-legible-in-source',
      'x-pat-withheld',
    ]);
    expect(nodes.some((n) => n.attrs['fill'] === 'url(#x-pat-not-legible-in-source)')).toBe(true);
    expect(nodes.filter((n) => n.attrs['class']?.toString().startsWith('segment-label')).map((n) => n.text)).toContain('? 50%');
    expect(spec.table).toEqual({
      columns: ['Question', 'Yes', 'No', 'Not answered', 'Not legible in source', 'Withheld', 'Total'],
      rows: [
        ['Q1', 3, 1, 0, 4, 0, 8],
        ['Q2', 0, 0, 2, 0, 2, 4],
      ],
    });
  });

  it('at n = 1 says each bar is the one city’s answer', () => {
    const spec = stackedChart({
      id: 'x',
      title: 'X',
      rows: [{ id: 'q', label: 'Q', counts: { yes: 1 } }],
      categories: closedCategories(),
      rowHeader: 'Q',
    });
    expect(spec.summary).toMatch(/One response so far/);
  });

  it('at n = 5,000 stays one bar per row (counts, not marks per city)', () => {
    const big = stackedChart({
      id: 'x',
      title: 'X',
      rows: [{ id: 'q', label: 'Q', counts: { yes: 2500, no: 1500, not_answered: 700, not_legible_in_source: 300 } }],
      categories: closedCategories(),
      rowHeader: 'Q',
    });
    expect(
      [...walkSvg(big.svg!)].filter((n) => n.tag === 'rect' && n.attrs['class']?.toString().startsWith('mark') && n.attrs['y'] === 3),
    ).toHaveLength(4);
    expect(big.summary).toMatch(/5,000 cities/);
  });
});
