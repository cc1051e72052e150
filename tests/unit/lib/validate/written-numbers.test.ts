import { describe, expect, it } from 'vitest';
import { containsNumber } from '../../../../src/lib/validate/written-numbers.ts';

// [quote, number, whether the quote holds the number in a written form]
const CASES: readonly (readonly [string, number, boolean])[] = [
  ['The overall share of electronic services was 93.3%.', 93.3, true],
  ['85,13 % population satisfaction rating for year of 2022', 85.13, true],
  ['was 0.71 %.', 0.71, true],
  ['In 2022, 14.5 million public services were provided', 14500000, true],
  ['14,5 mln services', 14500000, true],
  ['13 million in 2020', 13000000, true],
  ['2 bn euros', 2000000000, true],
  ['120 thousand visits', 120000, true],
  ['14,500,000 services', 14500000, true],
  ['14 500 000 services', 14500000, true],
  ['14\u00a0500\u00a0000 services', 14500000, true],
  ['14.500.000 services', 14500000, true],
  ["14'500'000 services", 14500000, true],
  ['14500000 services', 14500000, true],
  ['165 types of public services', 165, true],
  ['7 types of services', 7, true],
  // Part of a longer number, or a different one: not the number.
  ['1165 types of public services', 165, false],
  ['1650 types', 165, false],
  ['93.35%', 93.3, false],
  ['193.3%', 93.3, false],
  ['14.5 million', 145, false],
  ['13.3 million in 2021', 13000000, false],
  ['Sixty per cent', 60, false],
  ['in 2022', 20, false],
  ['5.7 thousand', 5700000, false],
];

describe('containsNumber', () => {
  it.each(CASES)('%j holds %d: %s', (quote, value, expected) => {
    expect(containsNumber(quote, value)).toBe(expected);
  });

  it('never matches a number that is not finite', () => {
    expect(containsNumber('NaN Infinity', Number.NaN)).toBe(false);
  });
});
