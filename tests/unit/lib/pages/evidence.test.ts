import { describe, expect, it } from 'vitest';
import {
  basisParts,
  basisTally,
  closedBasisOf,
  fieldEvidenceOf,
  indicatorQuote,
  sourceLines,
} from '../../../../src/lib/pages/evidence.ts';
import { getIndicator } from '../../../../src/lib/indicators/index.ts';
import { parseLineSpec } from '../../../../src/schemas/evidence.ts';
import type { FieldEvidence } from '../../../../src/schemas/evidence.ts';
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

describe('closedBasisOf', () => {
  const written: FieldEvidence = { lines: lines('83'), basis: 'written' };
  const ticked: FieldEvidence = { lines: lines('83'), basis: 'ticked' };
  it.each([
    ['a written yes', 'yes', written, 'written'],
    ['a ticked no', 'no', ticked, 'ticked'],
    ['a yes without evidence', 'yes', undefined, undefined],
    ['a yes with lines only', 'yes', { lines: lines('83') }, undefined],
    ['not legible keeps its own words', 'not_legible_in_source', written, undefined],
    ['not answered keeps its own words', 'not_answered', ticked, undefined],
    ['withheld', 'withheld', ticked, undefined],
  ] as const)('%s', (_what, state, evidence, expected) => {
    expect(closedBasisOf(state, evidence)).toBe(expected);
  });
});

describe('basisTally and basisParts', () => {
  it.each([
    ['nothing recorded: nothing to tell apart', [undefined, undefined], []],
    ['all written', ['written', 'written'], [{ basis: 'written', count: 2 }]],
    [
      'ticked and written apart, unrecorded last',
      ['written', 'ticked', undefined, 'ticked'],
      [
        { basis: 'ticked', count: 2 },
        { basis: 'written', count: 1 },
        { basis: 'unrecorded', count: 1 },
      ],
    ],
    ['none at all', [], []],
  ] as const)('%s', (_what, bases, expected) => {
    expect(basisParts(basisTally(bases.map((basis) => ({ basis }))))).toEqual(expected);
  });
});

describe('Almaty’s evidence, as the pages read it', () => {
  it('counts its five written yes answers, and no ticked box', () => {
    const yes = ['III.1', 'III.4', 'V.2', 'VII.1', 'VIII.1'].map((q) => ({
      basis: closedBasisOf('yes', fieldEvidenceOf(almaty, q, 'answer')),
    }));
    expect(basisTally(yes)).toEqual({ ticked: 0, written: 5, unrecorded: 0 });
  });
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
