import { describe, expect, it } from 'vitest';
import { heatmapChart, layoutHeatmap } from '../../../../../src/lib/charts/heatmap/index.ts';
import type { HeatmapRowInput } from '../../../../../src/lib/charts/heatmap/index.ts';
import { walkSvg } from '../../../../../src/lib/charts/svg.ts';
import { rowName } from '../../../../../src/lib/charts/heatmap/describe.ts';
import { createI18n } from '../../../../../src/i18n/index.ts';

const items = [
  { key: 'a', label: 'Item A' },
  { key: 'b', label: 'Item B' },
];
const row = (id: string, region: string, a: string, b: string): HeatmapRowInput => ({
  id,
  label: id,
  country: 'C',
  region,
  states: { a, b },
});

describe('layoutHeatmap', () => {
  it('per city: rows grouped by region then name, one cell per item in column order', () => {
    const m = layoutHeatmap(
      [row('z', 'Europe', 'yes', 'no'), row('y', 'Africa', 'not_legible_in_source', 'withheld'), row('x', 'Europe', 'yes', 'yes')],
      items,
    );
    expect(m.mode).toBe('cities');
    expect(m.rows.map((r) => r.id)).toEqual(['y', 'x', 'z']);
    expect(m.groups.map((g) => [g.label, g.count])).toEqual([
      ['Africa', 1],
      ['Europe', 2],
    ]);
    expect(m.rows[0]!.cells.map((c) => [c.item, c.state])).toEqual([
      ['a', 'not_legible_in_source'],
      ['b', 'withheld'],
    ]);
    expect(m.rows[0]!.cells[1]!.x - m.rows[0]!.cells[0]!.x).toBe(m.cellWidth);
  });

  it('above the limit aggregates rows by UN region with the share of yes, and says so', () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      row(`c${i}`, i % 3 === 0 ? 'Asia' : 'Oceania', i % 2 ? 'yes' : 'no', 'not_answered'),
    );
    const m = layoutHeatmap(rows, items, { limit: 200 });
    expect(m.mode).toBe('regions');
    expect(m.rows.map((r) => [rowName(createI18n('en'), r), r.n])).toEqual([
      ['Asia', 100],
      ['Oceania', 200],
      ['All regions', 300],
    ]);
    expect(m.rows[0]!.cells[0]!.shareYes).toBe(0.5);
    expect(m.rows[2]!.cells[1]!.counts).toEqual({ not_answered: 300 });
    const spec = heatmapChart({ id: 'h', title: 'H', rows, items, limit: 200 });
    expect(spec.notes.join(' ')).toMatch(/rows are UN regions/);
    expect(spec.table.rows[0]).toEqual(['Asia', 'Item A', 100, 50, 50, 0, 0, 0, 50]);
  });

  it('draws each city cell as its state symbol; on narrow screens, a list of the items with how cities answered each', () => {
    const three = [row('one', 'Asia', 'yes', 'no'), row('two', 'Asia', 'no', 'no'), row('three', 'Europe', 'yes', 'withheld')];
    const spec = heatmapChart({ id: 'h', title: 'H', rows: three, items });
    const uses = [...walkSvg(spec.svg!)].filter((n) => n.tag === 'use');
    expect(uses.map((u) => u.attrs['href'])).toEqual(['#h-y', '#h-n', '#h-n', '#h-n', '#h-y', '#h-w']);
    const narrow = [...walkSvg(spec.narrowSvg!)];
    expect(spec.narrowSvg?.attrs['id']).toBe('h-narrow-svg');
    expect(narrow.filter((n) => n.attrs['class'] === 'row').map((n) => n.attrs['data-id'])).toEqual(['a', 'b']);
    expect(narrow.filter((n) => n.attrs['class'] === 'segment').map((n) => n.attrs['data-tip'])).toEqual([
      'Item A — Yes: 2 of 3 (67%)',
      'Item A — No: 1 of 3 (33%)',
      'Item B — No: 2 of 3 (67%)',
      'Item B — Withheld: 1 of 3 (33%)',
    ]);
  });

  it('keeps one response as one row of the table, and writes a sentence instead of a chart', () => {
    const spec = heatmapChart({ id: 'h', title: 'H', rows: [row('only', 'Asia', 'yes', 'no')], items });
    expect(spec.svg).toBeUndefined();
    expect(spec.narrowSvg).toBeUndefined();
    expect(spec.summary).toMatch(/One response so far, too few for a chart: only: yes 1, no 1/);
    expect(spec.table).toEqual({ columns: ['City', 'Country', 'Item A', 'Item B'], rows: [['only', 'C', 'Yes', 'No']] });
  });
});
