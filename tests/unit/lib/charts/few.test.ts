import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { fewValuesSentence, noValueLine } from '../../../../src/lib/charts/few.ts';
import { missingReasonText } from '../../../../src/lib/charts/reasons.ts';

const en = createI18n('en');
const reason = (r: Parameters<typeof missingReasonText>[1]) => missingReasonText(en, r);

describe('fewValuesSentence', () => {
  it.each([
    [[], 1, 'The one response so far gives no value for the share.'],
    [[], 4, 'None of the 4 cities gives a value for the share.'],
    [
      [{ label: 'Almaty', value: '97.2%' }],
      1,
      'One response so far gives the share: Almaty: 97.2%. One value is not a chart; the table has it.',
    ],
    [
      [
        { label: 'Adeno', value: '10%' },
        { label: 'Borvik', value: '20%' },
      ],
      2,
      'Only 2 responses so far give the share: Adeno: 10% and Borvik: 20%. Too few values for a chart.',
    ],
    [
      [{ label: 'Adeno', value: '10%' }],
      193,
      'Only 1 of 193 cities gives the share: Adeno: 10%. Too few values for a chart; the table has every city.',
    ],
  ])('%j of %d', (values, total, sentence) => expect(fewValuesSentence(en, 'share', values, total)).toBe(sentence));
});

describe('noValueLine', () => {
  it.each([
    [{ not_given: 1 }, '1 city gives no value (not given): see the table.'],
    [{ withheld: 2, not_given: 1 }, '3 cities give no value (2 withheld, 1 not given): see the table.'],
  ] as const)('%j', (byReason, line) => expect(noValueLine(en, byReason, reason)).toBe(line));
});
