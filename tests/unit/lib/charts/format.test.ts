import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { formatShare, formatTally, formatTick, formatValue } from '../../../../src/lib/charts/format.ts';

const en = createI18n('en');
const pseudo = createI18n('en-XA');

describe('chart number formats', () => {
  it.each([
    [93.333, '%', '93.33%'],
    [0.5, '%', '0.5%'],
    [4, 'portals', '4 portals'],
    [1, 'portals', '1 portal'],
    [1, 'items', '1 item'],
    [8, 'items', '8 items'],
    [12500, 'accounts', '12,500 accounts'],
    // A unit that is no indicator unit (a caller's own word) is written as given.
    [3, 'services', '3 services'],
  ])('formatValue(%d, %j) -> %j', (value, unit, text) => expect(formatValue(en, value, unit)).toBe(text));

  it.each([
    [20, '%', '20%'],
    [2.5, 'items', '2.5'],
    [1000, 'accounts', '1,000'],
  ])('formatTick(%d, %j) -> %j', (value, unit, text) => expect(formatTick(en, value, unit)).toBe(text));

  it('writes shares as whole per cents, and tallies as a list', () => {
    expect(formatShare(en, 0.256)).toBe('26%');
    expect(formatTally(en, ['3 withheld', '2 not given'])).toBe('3 withheld, 2 not given');
  });

  it('takes the unit words from the catalogue', () => {
    expect(formatValue(pseudo, 93.3, '%')).toBe('⟦93.3%⟧');
    expect(formatValue(pseudo, 4, 'portals')).toBe('⟦4 þóŕţàĺš⟧');
  });
});
