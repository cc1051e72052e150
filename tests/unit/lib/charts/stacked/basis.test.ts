import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { closedCategories } from '../../../../../src/lib/charts/categories.ts';
import { layoutStacked, stackedLabels, stackedTable } from '../../../../../src/lib/charts/stacked/index.ts';
import type { ClosedBases } from '../../../../../src/lib/data/evidence.ts';

// How yes/no answers were read (a ticked box, a written word), in a closed chart's tooltips and data table.
const en = createI18n('en');
const closed = closedCategories(en);
const marks = layoutStacked([{ id: 'Q.answer', label: 'Strategy', counts: { yes: 3, no: 1, not_legible_in_source: 1 } }], closed);
const none = { ticked: 0, written: 0, unrecorded: 0 };
const bases = new Map<string, ClosedBases>([
  ['Q.answer', { yes: { ticked: 1, written: 2, unrecorded: 0 }, no: { ...none, unrecorded: 1 } }],
]);
const unrecorded = new Map<string, ClosedBases>([['Q.answer', { yes: { ...none, unrecorded: 3 }, no: { ...none, unrecorded: 1 } }]]);
const segment = (key: string) => {
  const row = marks.rows[0];
  const s = row?.segments.find((x) => x.key === key);
  const c = closed.find((x) => x.key === key);
  if (!row || !s || !c) throw new Error(`no ${key} segment`);
  return [row, s, c] as const;
};

describe('stacked tooltips', () => {
  it.each([
    ['yes, read two ways', bases, 'yes', 'Strategy — Yes: 3 of 5 (60%) (1 box ticked and 2 written in the answer)'],
    ['a no nobody recorded the reading of', bases, 'no', 'Strategy — No: 1 of 5 (20%)'],
    ['not legible has no reading', bases, 'not_legible_in_source', 'Strategy — Not legible in source: 1 of 5 (20%)'],
    ['no bases given', undefined, 'yes', 'Strategy — Yes: 3 of 5 (60%)'],
  ])('%s', (_what, given, key, tip) => {
    expect(stackedLabels(en, given).tip(...segment(key))).toBe(tip);
  });
});

describe('stacked data table', () => {
  it('adds a column per way of reading a yes and a no, after the total', () => {
    const table = stackedTable(marks, closed, 'Item', en, bases);
    expect(table.columns.slice(-5)).toEqual([
      'Total',
      'Yes: box ticked',
      'Yes: written in the answer',
      'No: box ticked',
      'No: written in the answer',
    ]);
    expect(table.rows[0]?.slice(-5)).toEqual([5, 1, 2, 0, 0]);
  });
  it.each([
    ['no bases', undefined],
    ['no answer records its reading', unrecorded],
  ])('keeps the plain columns with %s', (_what, given) => {
    expect(stackedTable(marks, closed, 'Item', en, given).columns.at(-1)).toBe('Total');
  });
});
