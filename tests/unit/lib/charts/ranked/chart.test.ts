import { describe, expect, it } from 'vitest';
import { layoutRanked, rankedChart, rankedTable } from '../../../../../src/lib/charts/ranked/index.ts';
import type { RankedItem } from '../../../../../src/lib/charts/ranked/index.ts';
import { tableToCsv } from '../../../../../src/lib/charts/table.ts';
import type { IndicatorValue } from '../../../../../src/lib/indicators/index.ts';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { missingReasonText } from '../../../../../src/lib/charts/reasons.ts';

const en = createI18n('en');

const v = (value: number): IndicatorValue => ({ kind: 'value', value });
const item = (id: string, value: IndicatorValue): RankedItem => ({ id, label: id, country: 'Testland', value });

describe('layoutRanked', () => {
  const items = [item('b', v(50)), item('a', v(80)), item('c', { kind: 'missing', reason: 'withheld' }), item('d', v(50)), item('e', v(0))];
  const marks = layoutRanked(items, { unit: '%', max: 100, width: 640 });

  it('orders by value (ties by name), shares ranks on ties, and lists missing values last', () => {
    expect(marks.rows.map((r) => r.id)).toEqual(['a', 'b', 'd', 'e', 'c']);
    expect(marks.rows.map((r) => (r.kind === 'value' ? r.rank : null))).toEqual([1, 2, 2, 4, null]);
    expect(marks.rows.at(-1)).toMatchObject({ kind: 'missing', reason: 'withheld' });
  });

  it('scales bars to the domain: 80% is 0.8 of the full bar, 0 has no length, missing has no bar', () => {
    const full = 640 - 62 - marks.x0;
    const a = marks.rows[0]!;
    const e = marks.rows[3]!;
    expect(a.kind === 'value' && a.barWidth).toBeCloseTo(full * 0.8, 5);
    expect(e.kind === 'value' && e.barWidth).toBe(0);
    expect(marks.rows[4]).not.toHaveProperty('barWidth');
    expect(marks.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
    // Rows are stacked top to bottom without overlap.
    const ys = marks.rows.map((r) => r.y);
    expect(ys).toEqual([...ys].sort((p, q) => p - q));
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('at n = 1 draws the one value and says there is nothing to rank', () => {
    const spec = rankedChart({ id: 't', title: 'T', measure: 'share', items: [item('only', v(93.3))], options: { unit: '%', max: 100 } });
    expect(spec.summary).toMatch(/One response so far: only gives 93\.3%/);
    expect(spec.notes.join(' ')).toMatch(/not a ranking/);
    expect(spec.table.rows).toEqual([[1, 'only', 'Testland', 93.3, '']]);
  });

  it('at n = 5,000 shows the top 30, the highlighted city with its rank, one row for the others and one for missing', () => {
    const many = Array.from({ length: 5000 }, (_, i) => item(`c${i}`, i % 10 === 0 ? { kind: 'missing', reason: 'not_given' } : v(i / 50)));
    const m = layoutRanked(many, { unit: '%', max: 100, highlight: 'c1001' });
    expect(m.aggregated).toBe(true);
    expect(m.rows.filter((r) => r.kind === 'value')).toHaveLength(31);
    const hi = m.rows.find((r) => r.kind === 'value' && r.highlighted);
    expect(hi).toMatchObject({ id: 'c1001' });
    const others = m.rows.find((r) => r.kind === 'others');
    expect(others).toMatchObject({ kind: 'others', count: 4500 - 31 });
    expect(m.rows.at(-1)).toMatchObject({ kind: 'missing-group', count: 500, byReason: { not_given: 500 } });
    // Every city is accounted for: drawn, in the others row, or in the missing row.
    expect(31 + (others?.kind === 'others' ? others.count : 0) + 500).toBe(5000);
    expect(m.rows.length).toBeLessThan(40);
    const spec = rankedChart({ id: 't', title: 'T', measure: 'share', items: many, options: { unit: '%', max: 100 } });
    expect(spec.notes.join(' ')).toMatch(/top 30.*one row/);
  });

  it('says so when more cities tie at the cut-off than the top rows show', () => {
    const ties = Array.from({ length: 300 }, (_, i) => item(`t${String(i).padStart(3, '0')}`, v(i < 50 ? 100 : 40)));
    const spec = rankedChart({ id: 't', title: 'T', measure: 'share', items: ties, options: { unit: '%', max: 100 } });
    expect(spec.notes.join(' ')).toMatch(/More cities share the value 100%/);
    expect(spec.table.rows[0]).toEqual([1, 't000', 'Testland', 100, '']);
    expect(spec.table.rows[29]).toEqual([1, 't029', 'Testland', 100, '']);
  });

  it('writes the table it draws, as CSV', () => {
    expect(tableToCsv(rankedTable(marks, '%', en, (reason) => missingReasonText(en, reason)))).toBe(
      'Rank,City,Country,Value (%),Note\n1,a,Testland,80,\n2,b,Testland,50,\n2,d,Testland,50,\n4,e,Testland,0,\n,c,Testland,,no value: withheld\n',
    );
  });
});

describe('layoutRanked scale', () => {
  it.each([
    // Without a maximum the scale ends at the nice maximum above the largest value, as d3's linear scale does.
    [undefined, 93.3, [0, 20, 40, 60, 80, 100]],
    [undefined, 7, [0, 1, 2, 3, 4, 5, 6, 7]],
    [undefined, 1234, [0, 200, 400, 600, 800, 1000, 1200]],
    [100, 12, [0, 20, 40, 60, 80, 100]],
  ])('max %s, largest value %d: ticks %j', (max, largest, ticks) => {
    const m = layoutRanked([item('a', v(largest)), item('b', v(0))], { unit: 'x', ...(max === undefined ? {} : { max }) });
    expect(m.ticks.map((t) => t.value)).toEqual(ticks);
    expect(m.ticks[0]!.x).toBe(m.x0);
  });

  it('gives small multiples a narrower name column and value room', () => {
    const m = layoutRanked([item('a', v(50)), item('b', v(100))], { unit: '%', max: 100, width: 360, labelWidth: 110, valueWidth: 78 });
    expect(m.x0).toBe(110);
    expect(m.ticks.at(-1)!.x).toBe(360 - 78);
    expect(m.rows[0]!.kind === 'value' && m.rows[0]!.barWidth).toBe(360 - 78 - 110);
  });
});
