import { describe, expect, it } from 'vitest';
import { indicatorQuote, sourceLines } from '../../../../src/lib/pages/evidence.ts';
import { getIndicator } from '../../../../src/lib/indicators/index.ts';
import { parseLineSpec } from '../../../../src/schemas/evidence.ts';
import { almatyResponse } from '../../../helpers/almaty.ts';
import { fictionalResponse } from '../../../helpers/responses.ts';

const almaty = almatyResponse();
const lines = (spec: string) => parseLineSpec(spec) ?? [];

describe('sourceLines', () => {
  it.each([
    ['one line', '83', undefined, [{ href: '/cities/almaty/source/#L83', text: '83' }], 1],
    ['a range', '194-198', undefined, [{ href: '/cities/almaty/source/#L194-L198', text: '194–198' }], 5],
    [
      'a range in three parts',
      '244-252, 256-262, 266',
      undefined,
      [
        { href: '/cities/almaty/source/#L244-L252', text: '244–252' },
        { href: '/cities/almaty/source/#L256-L262', text: '256–262' },
        { href: '/cities/almaty/source/#L266', text: '266' },
      ],
      17,
    ],
    ['the city’s newest edition', '83', 2022, [{ href: '/cities/almaty/source/#L83', text: '83' }], 1],
    ['an older edition of the city', '83', 2025, [{ href: '/cities/almaty/2022/source/#L83', text: '83' }], 1],
  ])('%s', (_what, spec, newest, links, lineCount) => {
    expect(sourceLines(almaty, lines(spec), newest)).toEqual({ links, lineCount });
  });
});

describe('Almaty’s words behind its headline figures', () => {
  it.each([
    ['services-online', 'The overall share of electronic services was 93.3%.'],
    ['satisfaction', '85,13 % population satisfaction rating for year of 2022'],
    [
      'digital-budget',
      'Almaty City Department of Digitalization budget percentage compared to the whole municipality percentage in 2022 was 0.71 %.',
    ],
    ['services-mobile', undefined],
    ['portals', undefined],
  ])('the words behind %s', (id, quote) => {
    expect(indicatorQuote(almaty, getIndicator(id, 2022))).toBe(quote);
  });
  it('has no words for a response without evidence', () => {
    expect(indicatorQuote(fictionalResponse('a', { 'IV.1': { percent: 50 } }), getIndicator('services-online', 2022))).toBeUndefined();
  });
});
