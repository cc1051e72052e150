import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../../../src/lib/charts/labels.ts';
import { layoutStrip, stripChart } from '../../../../../src/lib/charts/strip/index.ts';
import type { StripItem } from '../../../../../src/lib/charts/strip/index.ts';
import { walkSvg } from '../../../../../src/lib/charts/svg.ts';
import type { IndicatorValue } from '../../../../../src/lib/indicators/index.ts';

const v = (value: number): IndicatorValue => ({ kind: 'value', value });
const item = (id: string, value: IndicatorValue): StripItem => ({ id, label: id, value });

describe('layoutStrip', () => {
  const items = [
    item('a', v(10)),
    item('b', v(20)),
    item('c', v(30)),
    item('d', v(80)),
    item('e', { kind: 'missing', reason: 'not_given' }),
  ];

  it('places one dot per value on the axis, skips missing values, and marks median and quartiles', () => {
    const m = layoutStrip(items, { unit: '%', max: 100, width: 640, highlight: 'c' });
    expect(m.mode).toBe('dots');
    expect(m.dots.map((d) => d.id)).toEqual(['a', 'b', 'c', 'd']);
    // Linear: 0% at the left margin, 100% at the right one.
    const x = (p: number) => 18 + ((640 - 36) * p) / 100;
    [10, 20, 30, 80].forEach((value, i) => expect(m.dots[i]!.x).toBeCloseTo(x(value), 9));
    expect(m.stats?.q1).toBeCloseTo(x(17.5), 9);
    expect(m.stats?.median).toBeCloseTo(x(25), 9);
    expect(m.stats?.q3).toBeCloseTo(x(42.5), 9);
    expect(m.summary).toMatchObject({ n: 4, missing: 1 });
    expect(m.highlight).toMatchObject({ id: 'c', value: 30, x: x(30) });
    expect(m.dots.find((d) => d.id === 'c')?.highlighted).toBe(true);
  });

  it('zooms in when every value is in the lower half of the possible range (e.g. budget shares of a few per cent)', () => {
    const m = layoutStrip([item('a', v(0.5)), item('b', v(2.25)), item('c', v(3.1))], { unit: '%', max: 100 });
    expect(m.ticks.at(-1)?.value).toBe(3.5);
    expect(m.dots.at(-1)!.x).toBeCloseTo(18 + ((640 - 36) * 3.1) / 3.5, 9);
  });

  it('gives counts one bin per whole number, and switches tall stacks to counts', () => {
    const counts = Array.from({ length: 120 }, (_, i) => item(`p${i}`, v(i % 4)));
    const m = layoutStrip(counts, { unit: 'portals' });
    expect(m.mode).toBe('bins');
    expect(m.tableBins.map((b) => [b.from, b.count])).toEqual([
      [0, 30],
      [1, 30],
      [2, 30],
      [3, 30],
    ]);
    expect(stripChart({ id: 's', title: 'S', measure: 'portals', items: counts, options: { unit: 'portals' } }).table.rows).toContainEqual([
      'Cities with 3 portals',
      30,
    ]);
  });

  it('dodges equal values so no dot hides another', () => {
    const same = Array.from({ length: 6 }, (_, i) => item(`s${i}`, v(50)));
    const m = layoutStrip(same, { unit: '%', max: 100 });
    expect(new Set(m.dots.map((d) => d.y)).size).toBe(6);
    expect(new Set(m.dots.map((d) => d.x)).size).toBe(1);
  });

  it('says which reason a highlighted city has no value for', () => {
    const m = layoutStrip(items, { unit: '%', max: 100, highlight: 'e' });
    expect(m.highlight).toEqual({ id: 'e', label: 'e', reason: 'not_given' });
    const spec = stripChart({ id: 's', title: 'S', measure: 'share', items, options: { unit: '%', max: 100, highlight: 'e' } });
    expect(spec.summary).toMatch(/e: no value \(not given\)/);
  });

  it('at n = 1 draws nothing and says the one value, with the table kept', () => {
    const spec = stripChart({
      id: 's',
      title: 'S',
      measure: 'share',
      items: [item('only', v(93.3))],
      options: { unit: '%', max: 100, highlight: 'only' },
    });
    expect(spec.svg).toBeUndefined();
    expect(spec.summary).toBe('One response so far gives the share: only: 93.3%. One value is not a chart; the table has it.');
    expect(spec.table.rows).toEqual([
      ['Cities with a value', 1],
      ['Cities without a value', 0],
      ['The one value (%)', 93.3],
    ]);
  });

  it('from three values draws a wide and a narrow strip, the highlighted city labelled inside both', () => {
    const spec = stripChart({
      id: 's',
      title: 'S',
      measure: 'share',
      items: [item('Adeno', v(1)), item('Borvik', v(50)), item('Ciudad de la Costa del Norte', v(99.5))],
      options: { unit: '%', max: 100, highlight: 'Ciudad de la Costa del Norte' },
    });
    for (const svg of [spec.svg!, spec.narrowSvg!]) {
      const width = Number(String(svg.attrs['viewBox']).split(' ')[2]);
      const label = [...walkSvg(svg)].find((n) => n.attrs['class'] === 'highlight-label')!;
      const x = Number(label.attrs['x']);
      expect(label.attrs['text-anchor']).toBeUndefined();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + textWidth(label.text ?? '')).toBeLessThanOrEqual(width);
      const marker = [...walkSvg(svg)].find((n) => n.attrs['class'] === 'highlight-mark')!;
      expect(Number(/^M([\d.]+)/.exec(String(marker.attrs['d']))![1])).toBeLessThanOrEqual(width);
    }
    expect(spec.narrowSvg?.attrs['viewBox']).toMatch(/^0 0 360 /);
  });

  it('at n = 5,000 bins the values (and says so), counting every value once', () => {
    const many = Array.from({ length: 5000 }, (_, i) => item(`c${i}`, v((i * 7) % 101)));
    const spec = stripChart({ id: 's', title: 'S', measure: 'share', items: many, options: { unit: '%', max: 100, highlight: 'c7' } });
    const m = layoutStrip(many, { unit: '%', max: 100 });
    expect(m.mode).toBe('bins');
    expect(m.dots).toHaveLength(0);
    expect(m.bins).toHaveLength(10);
    expect(m.bins.reduce((s, b) => s + b.count, 0)).toBe(5000);
    expect(m.bins.at(-1)).toMatchObject({ from: 90, to: 100 });
    expect(spec.notes.join(' ')).toMatch(/too many to draw one dot each/);
    expect([...walkSvg(spec.svg!)].filter((n) => n.tag === 'circle')).toHaveLength(0);
  });

  it('with no values says so instead of drawing a distribution', () => {
    const spec = stripChart({
      id: 's',
      title: 'S',
      measure: 'share',
      items: [item('x', { kind: 'missing', reason: 'withheld' })],
      options: { unit: '%' },
    });
    expect(spec.svg).toBeUndefined();
    expect(spec.summary).toBe('The one response so far gives no value for the share.');
  });
});
