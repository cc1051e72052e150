import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { formatDate, formatNumber, formatPercent, spokenEmail } from '../../../../src/lib/format/text.ts';

const english = createI18n('en');
const pseudo = createI18n('en-XA');

describe('spokenEmail', () => {
  it.each([
    ['en', english, 'digital@almaty.gov.kz', 'digital at almaty dot gov dot kz'],
    // The words come from the catalogue; the parts of the address stay as they are.
    ['en-XA', pseudo, 'a@b.kz', '⟦a àţ b⟦ đóţ ⟧kz⟧'],
  ])('in %s: %s', (_locale, text, email, spoken) => expect(spokenEmail(email, text)).toBe(spoken));
});

describe('formatDate', () => {
  it.each([
    ['en', english, '2023-05-03', '3 May 2023'],
    ['en-XA', pseudo, '2026-12-31', '31 December 2026'],
  ])('in %s: %s -> %s', (_locale, text, iso, shown) => expect(formatDate(iso, text)).toBe(shown));
});

describe('numbers (client-safe: no catalogue)', () => {
  it.each([
    [14500000, '14,500,000'],
    [0.5, '0.5'],
  ])('formatNumber(%s) -> %s', (value, shown) => expect(formatNumber(value)).toBe(shown));
  it.each([
    [93.3, '93.3%'],
    [85.125, '85.13%'],
  ])('formatPercent(%s) -> %s', (value, shown) => expect(formatPercent(value)).toBe(shown));
});
