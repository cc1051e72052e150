import { describe, expect, it } from 'vitest';
import { layoutRanked, rankedChart, rankedTable } from '../../../../../src/lib/charts/ranked/index.ts';
import type { RankedItem } from '../../../../../src/lib/charts/ranked/index.ts';
import { tableToCsv } from '../../../../../src/lib/charts/table.ts';
import type { IndicatorValue } from '../../../../../src/lib/indicators/index.ts';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { textWidth } from '../../../../../src/lib/charts/labels.ts';
import { walkSvg } from '../../../../../src/lib/charts/svg.ts';
import type { SvgNode } from '../../../../../src/lib/charts/svg.ts';
import { missingReasonText } from '../../../../../src/lib/charts/reasons.ts';

const en = createI18n('en');

const v = (value: number): IndicatorValue => ({ kind: 'value', value });
const item = (id: string, value: IndicatorValue): RankedItem => ({ id, label: id, country: 'Testland', value });

describe('layoutRanked', () => {
  const items = [item('b', v(50)), item('a', v(80)), item('c', { kind: 'missing', reason: 'withheld' }), item('d', v(50)), item('e', v(0))];
  const marks = layoutRanked(items, { unit: '%', max: 100, width: 640 });

  it('orders by value (ties by name), shares ranks on ties, and draws no row for a city without a value', () => {
    expect(marks.rows.map((r) => r.id)).toEqual(['a', 'b', 'd', 'e']);
    expect(marks.rows.map((r) => (r.kind === 'value' ? r.rank : null))).toEqual([1, 2, 2, 4]);
    expect(marks.unlisted).toEqual([{ kind: 'missing', id: 'c', label: 'c', country: 'Testland', reason: 'withheld', highlighted: false }]);
  });

  it('lists cities without a value as rows when asked (the compare page)', () => {
    const listed = layoutRanked(items, { unit: '%', max: 100, listMissing: true });
    expect(listed.rows.map((r) => r.id)).toEqual(['a', 'b', 'd', 'e', 'c']);
    expect(listed.rows.at(-1)).toMatchObject({ kind: 'missing', reason: 'withheld' });
    expect(listed.unlisted).toEqual([]);
  });

  it('scales bars to the domain: 80% is 0.8 of the full bar, 0 has no length', () => {
    const full = 640 - 62 - marks.x0;
    const a = marks.rows[0]!;
    const e = marks.rows[3]!;
    expect(a.kind === 'value' && a.barWidth).toBeCloseTo(full * 0.8, 5);
    expect(e.kind === 'value' && e.barWidth).toBe(0);
    expect(marks.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
    // Rows are stacked top to bottom without overlap.
    const ys = marks.rows.map((r) => r.y);
    expect(ys).toEqual([...ys].sort((p, q) => p - q));
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('below three values writes a sentence instead of a chart, and keeps every city in the table', () => {
    const spec = rankedChart({
      id: 't',
      title: 'T',
      measure: 'share',
      items: [item('only', v(93.3)), item('none', { kind: 'missing', reason: 'not_given' })],
      options: { unit: '%', max: 100 },
    });
    expect(spec.svg).toBeUndefined();
    expect(spec.narrowSvg).toBeUndefined();
    expect(spec.summary).toBe('Only 1 of 2 cities gives the share: only: 93.3%. Too few values for a chart; the table has every city.');
    expect(spec.table.rows).toEqual([
      [1, 'only', 'Testland', 93.3, ''],
      ['', 'none', 'Testland', '', 'no value: not given'],
    ]);
  });

  it('at n = 5,000 shows the top 30, the highlighted city with its rank and one row for the others; the missing are in the table', () => {
    const many = Array.from({ length: 5000 }, (_, i) => item(`c${i}`, i % 10 === 0 ? { kind: 'missing', reason: 'not_given' } : v(i / 50)));
    const m = layoutRanked(many, { unit: '%', max: 100, highlight: 'c1001' });
    expect(m.aggregated).toBe(true);
    expect(m.rows.filter((r) => r.kind === 'value')).toHaveLength(31);
    const hi = m.rows.find((r) => r.kind === 'value' && r.highlighted);
    expect(hi).toMatchObject({ id: 'c1001' });
    const others = m.rows.find((r) => r.kind === 'others');
    expect(others).toMatchObject({ kind: 'others', count: 4500 - 31 });
    expect(m.rows.some((r) => r.kind === 'missing' || r.kind === 'missing-group')).toBe(false);
    expect(m.unlisted).toEqual([{ kind: 'missing-group', id: 'missing', count: 500, byReason: { not_given: 500 } }]);
    // Every city is accounted for: drawn, in the others row, or in the missing row.
    expect(31 + (others?.kind === 'others' ? others.count : 0) + 500).toBe(5000);
    expect(m.rows.length).toBeLessThan(40);
    const spec = rankedChart({ id: 't', title: 'T', measure: 'share', items: many, options: { unit: '%', max: 100 } });
    expect(spec.notes.join(' ')).toMatch(/top 30.*one row/);
    expect(spec.notes).toContain('500 cities give no value (not given): see the table.');
    expect(spec.table.rows.at(-1)).toEqual(['', '500 cities without a value', '', '', '500 not given']);
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

/** Every text node of a drawing with its x, anchor and the row's offset, for checking it stays inside. */
function textExtents(svg: SvgNode): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  const visit = (node: SvgNode, dx: number) => {
    const shift = /translate\(([-\d.]+)/.exec(String(node.attrs['transform'] ?? ''));
    const x0 = dx + (shift ? Number(shift[1]) : 0);
    if (node.tag === 'text' && node.text !== undefined) {
      const x = x0 + Number(node.attrs['x'] ?? 0);
      const w = textWidth(node.text);
      const anchor = node.attrs['text-anchor'] ?? 'start';
      const from = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
      out.push({ text: node.text, from, to: from + w });
    }
    for (const c of node.children ?? []) visit(c, x0);
  };
  visit(svg, 0);
  return out;
}

const widthOf = (svg: SvgNode) => Number(String(svg.attrs['viewBox']).split(' ')[2]);

describe('ranked chart on a narrow screen', () => {
  const names = ['Ciudad de la Costa del Norte y del Sur', 'Brâmor', 'Almaty', 'Zürich', 'Oslo', 'Lima', 'Quito'];
  const items = [
    ...names.map((name, i) => ({ id: `2022/${name}`, label: name, country: 'Testland', value: v(100 - i * 7) })),
    ...Array.from({ length: 20 }, (_, i) => item(`filler${i}`, v(i))),
    item('gone', { kind: 'missing', reason: 'not_given' }),
  ];
  const spec = rankedChart({
    id: 'n',
    title: 'T',
    measure: 'share',
    items,
    options: { unit: '%', max: 100, highlight: '2022/Ciudad de la Costa del Norte y del Sur' },
  });

  it('has a wide and a narrow drawing with distinct ids', () => {
    expect(spec.svg?.attrs['class']).toBe('chart-svg chart-svg--ranked chart-svg--wide');
    expect(spec.narrowSvg?.attrs['class']).toBe('chart-svg chart-svg--ranked chart-svg--narrow');
    expect(spec.svg?.attrs['id']).toBe('n-svg');
    expect(spec.narrowSvg?.attrs['id']).toBe('n-narrow-svg');
  });

  it.each([
    ['wide', () => spec.svg!],
    ['narrow', () => spec.narrowSvg!],
  ])('keeps every label of the %s drawing inside its width, the highlighted name included', (_variant, drawing) => {
    const svg = drawing();
    const width = widthOf(svg);
    const texts = textExtents(svg);
    expect(texts.length).toBeGreaterThan(50);
    for (const t of texts) {
      expect(t.from, t.text).toBeGreaterThanOrEqual(0);
      expect(t.to, t.text).toBeLessThanOrEqual(width);
    }
    expect(texts.some((t) => t.text.startsWith('▶ Ciudad de la'))).toBe(true);
  });

  it('puts the names above the bars at 360 units, the bars from the left edge', () => {
    const m = layoutRanked(items, { unit: '%', max: 100, width: 360, labelsAbove: true });
    expect(m.width).toBe(360);
    expect(m.labelsAbove).toBe(true);
    expect(m.x0).toBeLessThan(10);
    const row = [...walkSvg(spec.narrowSvg!)].find((n) => n.attrs['data-name'] === 'Brâmor')!;
    const [label, bar] = row.children!;
    expect(label?.attrs['text-anchor']).toBeUndefined();
    expect(Number(label?.attrs['y'])).toBeLessThan(Number(bar?.attrs['y']));
  });

  it('draws no row for a city without a value', () => {
    expect([...walkSvg(spec.svg!)].some((n) => n.attrs['data-name'] === 'gone')).toBe(false);
    expect(spec.table.rows.some((r) => r[1] === 'gone')).toBe(true);
  });

  it('repeats the axis under a long chart, not under a short one', () => {
    const axes = (svg: SvgNode) => [...walkSvg(svg)].filter((n) => n.attrs['class'] === 'axis axis--x').length;
    expect(axes(spec.svg!)).toBe(2);
    expect(axes(spec.narrowSvg!)).toBe(2);
    const short = rankedChart({ id: 's', title: 'T', measure: 'share', items: items.slice(0, 5), options: { unit: '%', max: 100 } });
    expect(axes(short.svg!)).toBe(1);
    const m = layoutRanked(items, { unit: '%', max: 100 });
    expect(m.bottomAxisY).toBeGreaterThan(m.rows.at(-1)!.y);
    expect(m.height).toBeGreaterThan(m.bottomAxisY!);
  });
});
