import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { describeRanked, layoutRanked, rankedLabels, rankedTable } from '../../../../../src/lib/charts/ranked/index.ts';
import type { RankedItem } from '../../../../../src/lib/charts/ranked/index.ts';
import { missingReasonText } from '../../../../../src/lib/charts/reasons.ts';
import type { IndicatorValue, MissingReason } from '../../../../../src/lib/indicators/index.ts';

const en = createI18n('en');
const pseudo = createI18n('en-XA');
const v = (value: number): IndicatorValue => ({ kind: 'value', value });
const withheld: IndicatorValue = { kind: 'missing', reason: 'withheld' };
const item = (id: string, value: IndicatorValue): RankedItem => ({ id, label: id, country: 'Testland', value });
const input = { measure: 'share of services offered online', unit: '%' };
const reason = (i18n: typeof en) => (r: MissingReason) => missingReasonText(i18n, r);

describe('describeRanked', () => {
  it.each([
    {
      name: 'one city with a value',
      items: [item('Almaty', v(93.3))],
      summary: 'One response so far gives the share of services offered online: Almaty: 93.3%. One value is not a chart; the table has it.',
      notes: [],
    },
    {
      name: 'one city without a value',
      items: [item('Almaty', withheld)],
      summary: 'The one response so far gives no value for the share of services offered online.',
      notes: [],
    },
    {
      name: 'two of three cities with a value: a sentence, not a chart',
      items: [item('Borvik', v(40)), item('Adeno', v(80)), item('Celmar', withheld)],
      summary:
        'Only 2 of 3 cities give the share of services offered online: Adeno: 80% and Borvik: 40%. Too few values for a chart; the table has every city.',
      notes: [],
    },
    {
      name: 'three of four cities with a value: a chart, and one line for the city without',
      items: [item('Borvik', v(40)), item('Adeno', v(80)), item('Celmar', withheld), item('Dorn', v(10))],
      summary: '3 of 4 cities give a value for the share of services offered online; Adeno ranks first with 80%.',
      notes: ['1 city gives no value (withheld): see the table.'],
    },
    {
      name: 'no city with a value',
      items: [item('Adeno', withheld), item('Borvik', withheld)],
      summary: 'None of the 2 cities gives a value for the share of services offered online.',
      notes: [],
    },
  ])('$name', ({ items, summary, notes }) => {
    const words = describeRanked(layoutRanked(items, { unit: '%', max: 100 }), input, en, reason(en));
    expect(words).toEqual({ summary, notes });
  });

  it('says the highlighted city gives no value, since it is not drawn', () => {
    const items = [item('Adeno', v(80)), item('Borvik', v(40)), item('Dorn', v(10)), item('Celmar', withheld)];
    const marks = layoutRanked(items, { unit: '%', max: 100, highlight: 'Celmar' });
    expect(describeRanked(marks, { ...input, highlight: 'Celmar' }, en, reason(en)).notes).toEqual([
      'Celmar gives no value (withheld), so it is not drawn.',
      '1 city gives no value (withheld): see the table.',
    ]);
  });

  it('above the limit says how the chart aggregates, and names the highlighted city when there is one', () => {
    const many = Array.from({ length: 250 }, (_, i) => item(`c${i}`, v(i)));
    const marks = layoutRanked(many, { unit: '%', max: 250, highlight: 'c3' });
    expect(describeRanked(marks, { ...input, highlight: 'c3' }, en, reason(en)).notes).toEqual([
      'With 250 cities, the chart shows the top 30 and the highlighted city; the others are drawn as one row (their median and range).',
    ]);
  });
});

describe('rankedLabels', () => {
  const many = [...Array.from({ length: 250 }, (_, i) => item(`c${i}`, v(i))), item('gone', { kind: 'missing', reason: 'not_given' })];
  const marks = layoutRanked(many, { unit: 'portals', highlight: 'c3' });
  const labels = rankedLabels(marks, 'portals', en, (r) => missingReasonText(en, r));
  const row = (kind: string) => [...marks.rows, ...marks.unlisted].find((r) => r.kind === kind)!;

  it.each([
    ['value', 'c249', '249 portals', 'c249, Testland: 249 portals (rank 1 of 250)'],
    ['others', '219 others', 'median 110 portals', '219 other cities (ranks 31–250): median 110 portals, range 0 portals–219 portals'],
    ['missing-group', '1 without', 'no value: 1 not given', '1 city without a value: 1 not given'],
  ])('a %s row is named %j, valued %j, with the tip %j', (kind, name, value, tip) => {
    expect(labels.name(row(kind))).toBe(name);
    expect(labels.value(row(kind))).toBe(value);
    expect(labels.tip(row(kind))).toBe(tip);
  });
});

describe('ranked chart words in the pseudo-locale', () => {
  it('takes every sentence, label and column from the catalogue', () => {
    const items = [
      ...Array.from({ length: 250 }, (_, i) => item(`c${i}`, v(i % 40))),
      item('gone', withheld),
      item('lost', { kind: 'missing', reason: 'not_given' }),
    ];
    const marks = layoutRanked(items, { unit: '%', max: 100, highlight: 'c3' });
    const words = describeRanked(marks, { ...input, highlight: 'c3' }, pseudo, reason(pseudo));
    const labels = rankedLabels(marks, '%', pseudo, (r) => missingReasonText(pseudo, r));
    const table = rankedTable(marks, '%', pseudo, (r) => missingReasonText(pseudo, r));
    const texts = [
      words.summary,
      ...words.notes,
      ...marks.ticks.map((t) => labels.tick(t.value)),
      ...[...marks.rows, ...marks.unlisted].flatMap((r) => [
        labels.value(r),
        labels.tip(r),
        ...(r.kind === 'others' || r.kind === 'missing-group' ? [labels.name(r)] : []),
      ]),
      ...table.columns,
    ];
    expect(words.notes).toHaveLength(2);
    for (const text of texts) expect(text).toMatch(/^⟦[\s\S]*⟧$/);
  });
});
