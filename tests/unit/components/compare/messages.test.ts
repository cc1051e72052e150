import { describe, expect, it } from 'vitest';
import { clientText } from '../../../../src/i18n/client.ts';
import { createI18n } from '../../../../src/i18n/index.ts';
import { COMPARE_MESSAGES } from '../../../../src/components/compare/messages.ts';
import type { CompareMessage } from '../../../../src/components/compare/messages.ts';

// The compare script's words, as the page renders them into data-i18n and the script reads them back.
const english = clientText(createI18n('en').clientMessages(COMPARE_MESSAGES));
const pseudo = clientText(createI18n('en-XA').clientMessages(COMPARE_MESSAGES));

describe("the compare page's client text", () => {
  it.each<[CompareMessage, Record<string, string | number>, string]>([
    ['hidden', { count: 1 }, '1 question with the same answers hidden.'],
    ['hidden', { count: 12 }, '12 questions with the same answers hidden.'],
    ['matches', { count: 1 }, '1 city.'],
    ['matches', { count: 3 }, '3 cities.'],
    ['showingSome', { shown: 50, count: 1234 }, 'Showing 50 of 1,234 cities; type to narrow the list.'],
    ['chosen', { count: 2, max: 5 }, 'Chosen: 2 of at most 5'],
    ['full', { max: 5 }, 'At most 5 cities can be compared. Remove one first.'],
    ['comparing', { cities: 'Almaty and Bravo' }, 'Comparing Almaty and Bravo.'],
    ['cityMeta', { country: 'Kazakhstan', edition: '2022' }, 'Kazakhstan · LGQ 2022'],
    ['rowWithUnit', { label: 'Budget', unit: '%' }, 'Budget (%)'],
    ['tableLabel', {}, 'Answers side by side'],
  ])('%s with %o reads "%s"', (name, params, expected) => {
    expect(english(name, params)).toBe(expected);
  });

  it('has every message from the catalogue', () => {
    const names = Object.keys(COMPARE_MESSAGES) as CompareMessage[];
    expect(names.length).toBeGreaterThan(20);
    // A value for every placeholder any of the messages has.
    const all = {
      count: 2,
      max: 5,
      shown: 1,
      error: 'e',
      slugs: 's',
      names: 'n',
      name: 'n',
      city: 'c',
      cities: 'c',
      country: 'c',
      edition: '2022',
      label: 'l',
      unit: 'u',
    };
    expect(names.filter((name) => !/^⟦.*⟧$/s.test(pseudo(name, all)))).toEqual([]);
  });
});
