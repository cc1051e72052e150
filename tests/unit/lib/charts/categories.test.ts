import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { choiceCategories, closedCategories, coverageCategories } from '../../../../src/lib/charts/categories.ts';
import { missingReasonLabel } from '../../../../src/lib/data/missing.ts';
import { closedStateLabel } from '../../../../src/questionnaire/index.ts';

const en = createI18n('en');
const pseudo = createI18n('en-XA');

describe('chart categories', () => {
  it.each([
    { name: 'closed', make: closedCategories, labels: ['Yes', 'No', 'Not answered', 'Not legible in source', 'Withheld'] },
    { name: 'coverage', make: coverageCategories, labels: ['Given', 'Not given', 'Withheld'] },
  ])('names the $name categories in English', ({ make, labels }) => {
    expect(make(en).map((c) => c.label)).toEqual(labels);
  });

  it.each([{ make: closedCategories }, { make: coverageCategories }])('names every category from the catalogue', ({ make }) => {
    for (const c of make(pseudo)) expect(c.label).toMatch(/^⟦.+⟧$/);
  });

  it('uses the closed states’ and missing reasons’ words: one vocabulary', () => {
    const closed = closedCategories(pseudo);
    expect(closed.find((c) => c.key === 'not_answered')?.label).toBe(closedStateLabel('not_answered', pseudo));
    expect(closed.find((c) => c.key === 'withheld')?.label).toBe(missingReasonLabel('withheld', pseudo));
    expect(coverageCategories(pseudo).find((c) => c.key === 'not_given')?.label).toBe(missingReasonLabel('not_given', pseudo));
  });

  it('gives a choice question its options, then the states without an option', () => {
    const categories = choiceCategories(
      [
        { value: 'a', label: 'Option A' },
        { value: 'b', label: 'Option B' },
      ],
      en,
    );
    expect(categories.map((c) => [c.key, c.label, c.symbol])).toEqual([
      ['a', 'Option A', '1'],
      ['b', 'Option B', '2'],
      ['not_answered', 'Not answered', '·'],
      ['not_legible_in_source', 'Not legible in source', '?'],
      ['withheld', 'Withheld', 'W'],
    ]);
  });
});
