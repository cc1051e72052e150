import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { describeHeatmap, heatmapLabels, heatmapTable, layoutHeatmap } from '../../../../../src/lib/charts/heatmap/index.ts';
import type { HeatmapRowInput } from '../../../../../src/lib/charts/heatmap/index.ts';

const en = createI18n('en');
const pseudo = createI18n('en-XA');
const items = [
  { key: 'a', label: 'Implementation plan' },
  { key: 'b', label: 'SDGs' },
];
const city = (id: string, region: string, a: string, b: string): HeatmapRowInput => ({
  id,
  label: id,
  country: 'Testland',
  region,
  states: { a, b },
});
const regions = Array.from({ length: 300 }, (_, i) => city(`c${i}`, i % 3 === 0 ? 'Asia' : 'Oceania', i % 2 ? 'yes' : 'no', 'yes'));

describe('describeHeatmap', () => {
  it.each([
    {
      name: 'one response',
      rows: [city('Almaty', 'Asia', 'yes', 'no')],
      summary: 'One response so far, too few for a chart: Almaty: yes 1, no 1 (of 2 strategy items; the table has each).',
      notes: [],
    },
    {
      name: 'one response none of whose items can be read: no "yes to 0"',
      rows: [city('Almaty', 'Asia', 'not_legible_in_source', 'not_legible_in_source')],
      summary: 'One response so far, too few for a chart: Almaty: not legible in source 2 (of 2 strategy items; the table has each).',
      notes: [],
    },
    {
      name: 'per city',
      rows: [city('Adeno', 'Asia', 'yes', 'no'), city('Borvik', 'Europe', 'no', 'no'), city('Celmar', 'Europe', 'no', 'yes')],
      summary: 'Answers of 3 cities to each of the 2 strategy items, grouped by UN region.',
      notes: [],
    },
    {
      name: 'by region',
      rows: regions,
      summary:
        'Share of cities answering yes to each of the 2 strategy items, by UN region, across 300 cities; most often checked: SDGs (100%).',
      notes: [
        "With 300 cities, rows are UN regions: each cell gives the share of that region's cities answering yes (the table has every count).",
      ],
    },
  ])('$name', ({ rows, summary, notes }) => {
    expect(describeHeatmap(layoutHeatmap(rows, items), en)).toEqual({ summary, notes });
  });
});

describe('heatmapLabels', () => {
  it('names the all-regions row and tells each cell and city', () => {
    const marks = layoutHeatmap(regions, items);
    const labels = heatmapLabels(marks, en);
    const all = marks.rows.at(-1)!;
    expect(labels.rowName(all)).toBe('All regions');
    expect(labels.cellTip(all, all.cells[0]!)).toBe('All regions — Implementation plan: 50% yes (150 of 300)');
    expect(labels.shade(4)).toBe('80–100% yes');
    const perCity = layoutHeatmap([city('Adeno', 'Asia', 'yes', 'withheld')], items);
    expect(heatmapLabels(perCity, en).cityTip(perCity.rows[0]!)).toBe('Adeno, Testland: yes 1, withheld 1 (of 2 items)');
  });
});

describe('heatmap words in the pseudo-locale', () => {
  it('takes every sentence, label and column from the catalogue', () => {
    const marks = layoutHeatmap(regions, items);
    const labels = heatmapLabels(marks, pseudo);
    const words = describeHeatmap(marks, pseudo);
    const table = heatmapTable(marks, pseudo);
    const texts = [
      words.summary,
      ...words.notes,
      labels.rowName(marks.rows.at(-1)!),
      ...marks.rows.flatMap((r) => r.cells.map((c) => labels.cellTip(r, c))),
      labels.shade(0),
      // The answer columns are the questionnaire's own state names; the rest are the chart's.
      ...[0, 1, 2, table.columns.length - 1].map((i) => table.columns[i]!),
    ];
    for (const text of texts) expect(text).toMatch(/^⟦[\s\S]*⟧$/);
  });
});
