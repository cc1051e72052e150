import { describe, expect, it } from 'vitest';
import { figureItem } from '../../../../src/components/charts/bar-figure.ts';
import type { PageChartText } from '../../../../src/components/charts/page-text.ts';
import { textI18n } from '../../../../src/i18n/core.ts';
import type { MissingReason } from '../../../../src/lib/indicators/index.ts';

const reasons = new Map<string, string>([
  ['withheld', 'withheld'],
  ['not_given', 'not given'],
]);
const text: PageChartText = {
  i18n: textI18n('en', {}),
  reason: (r) => reasons.get(r) ?? r,
  isReason: (value): value is MissingReason => reasons.has(value),
};
const city = { id: '2022/almaty', label: 'Almaty', country: 'Kazakhstan' };

describe('figureItem (a compared city’s figure as a ranked bar)', () => {
  it.each([
    [93.3, { kind: 'value', value: 93.3 }],
    [0, { kind: 'value', value: 0 }],
    ['withheld', { kind: 'missing', reason: 'withheld' }],
    // A figure that is neither a number nor a reason the page names is not drawn as anything else.
    ['something else', { kind: 'missing', reason: 'not_given' }],
    [undefined, { kind: 'missing', reason: 'not_given' }],
  ])('%j -> %j', (figure, value) => expect(figureItem(city, figure, text)).toEqual({ ...city, value }));
});
