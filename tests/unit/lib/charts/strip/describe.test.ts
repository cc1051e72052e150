import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { describeStrip, layoutStrip, stripLabels, stripTable } from '../../../../../src/lib/charts/strip/index.ts';
import type { StripItem } from '../../../../../src/lib/charts/strip/index.ts';
import type { IndicatorValue } from '../../../../../src/lib/indicators/index.ts';

const en = createI18n('en');
const pseudo = createI18n('en-XA');
const v = (value: number): IndicatorValue => ({ kind: 'value', value });
const item = (id: string, value: IndicatorValue): StripItem => ({ id, label: id, value });
const spread = [item('Adeno', v(10)), item('Borvik', v(20)), item('Celmar', v(30)), item('Dunhollow', v(80))];
const input = { measure: 'share of services offered online', unit: '%' };

describe('describeStrip', () => {
  it.each([
    {
      name: 'no values',
      items: [item('Adeno', { kind: 'missing', reason: 'withheld' })],
      highlight: 'Adeno',
      summary: 'The one response so far gives no value for the share of services offered online. Adeno: no value (withheld).',
      notes: [],
    },
    {
      name: 'one value, highlighted',
      items: [item('Almaty', v(93.3))],
      highlight: 'Almaty',
      summary: 'One response so far gives the share of services offered online: Almaty: 93.3%. One value is not a chart; the table has it.',
      notes: [],
    },
    {
      name: 'two of three values: a sentence, not a strip',
      items: [item('Adeno', v(10)), item('Borvik', v(20)), item('Celmar', { kind: 'missing', reason: 'not_given' })],
      highlight: 'Celmar',
      summary:
        'Only 2 of 3 cities give the share of services offered online: Adeno: 10% and Borvik: 20%. Too few values for a chart; the table has every city. Celmar: no value (not given).',
      notes: [],
    },
    {
      name: 'a distribution, the highlighted city above the median',
      items: spread,
      highlight: 'Dunhollow',
      summary:
        'Across 4 cities the median share of services offered online is 25%, the middle half between 17.5% and 42.5%. Dunhollow: 80%, above the median.',
      notes: [],
    },
    {
      name: 'a distribution, the highlighted city below the median',
      items: spread,
      highlight: 'Adeno',
      summary:
        'Across 4 cities the median share of services offered online is 25%, the middle half between 17.5% and 42.5%. Adeno: 10%, below the median.',
      notes: [],
    },
    {
      name: 'a distribution, nobody highlighted',
      items: [
        ...spread,
        item('Esterra', { kind: 'missing', reason: 'not_given' }),
        item('Falgrin', { kind: 'missing', reason: 'withheld' }),
      ],
      highlight: undefined,
      summary: 'Across 4 cities the median share of services offered online is 25%, the middle half between 17.5% and 42.5%.',
      notes: ['2 cities give no value (1 not given, 1 withheld): see the table.'],
    },
  ])('$name', ({ items, highlight, summary, notes }) => {
    const marks = layoutStrip(items, { unit: '%', max: 100, ...(highlight ? { highlight } : {}) });
    expect(describeStrip(marks, input, en)).toEqual({ summary, notes });
  });

  it('writes counted units with their plural forms: "between 1 item and 8 items"', () => {
    const items = [1, 1, 1, 5, 8, 9].map((n, i) => item(`c${i}`, v(n)));
    expect(describeStrip(layoutStrip(items, { unit: 'items', max: 16 }), { measure: 'strategy items', unit: 'items' }, en).summary).toBe(
      'Across 6 cities the median strategy items is 3 items, the middle half between 1 item and 7.25 items.',
    );
  });

  it('says when it counts per value instead of drawing dots', () => {
    const counts = Array.from({ length: 400 }, (_, i) => item(`p${i}`, v(i % 4)));
    expect(describeStrip(layoutStrip(counts, { unit: 'portals' }), { measure: 'portals', unit: 'portals' }, en).notes).toEqual([
      '400 values are too many to draw one dot each: bars count the cities in each value.',
    ]);
  });
});

describe('strip chart words in the pseudo-locale', () => {
  it('takes every sentence, label, tip and table row from the catalogue', () => {
    const many = [
      ...Array.from({ length: 400 }, (_, i) => item(`c${i}`, v((i * 7) % 101))),
      item('gone', { kind: 'missing', reason: 'withheld' }),
    ];
    const marks = layoutStrip(many, { unit: '%', max: 100, highlight: 'c3' });
    const words = describeStrip(marks, input, pseudo);
    const labels = stripLabels(marks, '%', pseudo);
    const table = stripTable(marks, '%', pseudo);
    const texts = [
      words.summary,
      ...words.notes,
      labels.median,
      labels.q1,
      labels.q3,
      labels.highlight,
      labels.empty,
      ...marks.ticks.map((t) => labels.tick(t.value)),
      ...marks.bins.map((b, i, all) => labels.binTip(b, i === all.length - 1)),
      ...table.columns,
      ...table.rows.map((r) => String(r[0])),
    ];
    expect(marks.bins.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/^⟦[\s\S]*⟧$/);
  });
});
