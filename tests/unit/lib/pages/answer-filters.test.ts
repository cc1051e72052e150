import { describe, expect, it } from 'vitest';
import { rowMatches } from '../../../../src/lib/pages/answer-filters.ts';

const row = { city: 'Brâmor', region: 'Europe', country: 'Norland', state: 'yes' };

describe('rowMatches', () => {
  it.each([
    ['no filter', {}, true],
    ['empty filters', { city: '', region: '' }, true],
    ['city without accents', { city: 'bramor' }, true],
    ['another city', { city: 'oslo' }, false],
    ['its region', { region: 'Europe' }, true],
    ['another region', { region: 'Asia' }, false],
    ['its country and state', { country: 'Norland', state: 'yes' }, true],
    ['another state', { state: 'no' }, false],
    ['every filter must pass', { city: 'bram', region: 'Europe', state: 'no' }, false],
  ])('%s', (_what, filters, expected) => {
    expect(rowMatches(row, filters)).toBe(expected);
  });
});
