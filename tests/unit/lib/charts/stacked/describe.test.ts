import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { choiceCategories, closedCategories } from '../../../../../src/lib/charts/categories.ts';
import { describeStacked, layoutStacked, stackedLabels, stackedTable } from '../../../../../src/lib/charts/stacked/index.ts';
import type { StackedRow } from '../../../../../src/lib/charts/stacked/index.ts';

const en = createI18n('en');
const pseudo = createI18n('en-XA');
const closed = closedCategories(en);
const row = (label: string, counts: Record<string, number>): StackedRow => ({ id: label, label, counts });

describe('describeStacked', () => {
  it.each([
    { name: 'no rows', rows: [], summary: 'No rows to show.', notes: [] },
    {
      name: 'one response',
      rows: [row('Strategy', { yes: 1 })],
      summary: 'One response so far: Strategy: “Yes”. One answer is not a chart; the table has it.',
      notes: [],
    },
    {
      name: 'one question, many cities',
      rows: [row('Strategy', { yes: 3, no: 5 })],
      summary: 'How 8 cities answered this question; for Strategy the most common answer is “No” (5 of 8).',
      notes: [],
    },
    {
      name: 'several items',
      rows: [row('A', { yes: 4000, not_answered: 1000 }), row('B', { no: 5000 })],
      summary: 'How 5,000 cities answered 2 items; for A the most common answer is “Yes” (4,000 of 5,000).',
      notes: [],
    },
  ])('$name', ({ rows, summary, notes }) => {
    expect(describeStacked(layoutStacked(rows, closed), closed, en)).toEqual({ summary, notes });
  });

  it('quotes a choice answer as its option is written, not lower-cased', () => {
    const options = choiceCategories([{ value: 'authorized', label: 'I am authorized to answer on behalf of the city' }], en);
    const words = describeStacked(layoutStacked([row('Status', { authorized: 4 })], options), options, en);
    expect(words.summary).toContain('the most common answer is “I am authorized to answer on behalf of the city” (4 of 4)');
  });
});

describe('stackedLabels', () => {
  const marks = layoutStacked([row('Strategy', { yes: 3, withheld: 1 })], closed);
  const labels = stackedLabels(en);
  const [yes] = marks.rows[0]!.segments;

  it('writes the ticks as per cents, the segment as symbol and share, the tip in full', () => {
    expect(marks.ticks.map((t) => labels.tick(t.value))).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(labels.segment(yes!, closed[0]!)).toBe('✓ 75%');
    expect(labels.tip(marks.rows[0]!, yes!, closed[0]!)).toBe('Strategy — Yes: 3 of 4 (75%)');
  });
});

describe('stacked chart words in the pseudo-locale', () => {
  it('takes every sentence, label and column from the catalogue', () => {
    const pseudoClosed = closedCategories(pseudo);
    const rows = [row('A', { yes: 2, no: 1 }), row('B', { not_answered: 3 })];
    const marks = layoutStacked(rows, pseudoClosed);
    const labels = stackedLabels(pseudo);
    const texts = [
      describeStacked(marks, pseudoClosed, pseudo).summary,
      describeStacked(layoutStacked([row('A', { yes: 1 })], pseudoClosed), pseudoClosed, pseudo).summary,
      ...marks.ticks.map((t) => labels.tick(t.value)),
      ...marks.rows.flatMap((r) =>
        r.segments.map((s) =>
          labels.tip(
            r,
            s,
            pseudoClosed.find((c) => c.key === s.key)!,
          ),
        ),
      ),
      stackedTable(marks, pseudoClosed, 'Item', pseudo).columns.at(-1)!,
    ];
    for (const text of texts) expect(text).toMatch(/^⟦[\s\S]*⟧$/);
  });
});
