import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { closedCategories } from '../../../../../src/lib/charts/categories.ts';
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
      summary: "One response so far: each bar is that city's own answer (Strategy: yes).",
      notes: ['One response so far: each bar shows that city’s answer, not a share of many.'],
    },
    {
      name: 'one question, many cities',
      rows: [row('Strategy', { yes: 3, no: 5 })],
      summary: 'How 8 cities answered this question; for Strategy the most common answer is no (5 of 8).',
      notes: [],
    },
    {
      name: 'several items',
      rows: [row('A', { yes: 4000, not_answered: 1000 }), row('B', { no: 5000 })],
      summary: 'How 5,000 cities answered 2 items; for A the most common answer is yes (4,000 of 5,000).',
      notes: [],
    },
  ])('$name', ({ rows, summary, notes }) => {
    expect(describeStacked(layoutStacked(rows, closed), closed, en)).toEqual({ summary, notes });
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
      describeStacked(layoutStacked([row('A', { yes: 1 })], pseudoClosed), pseudoClosed, pseudo).notes[0]!,
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
