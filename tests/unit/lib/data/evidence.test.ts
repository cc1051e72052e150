import { describe, expect, it } from 'vitest';
import {
  basisNote,
  basisParts,
  basisTally,
  closedBases,
  closedBasisOf,
  fieldEvidenceOf,
  quoteOf,
  quotesOf,
} from '../../../../src/lib/data/evidence.ts';
import { parseLineSpec } from '../../../../src/schemas/evidence.ts';
import type { FieldEvidence } from '../../../../src/schemas/evidence.ts';
import { createI18n } from '../../../../src/i18n/index.ts';
import { almatyResponse } from '../../../helpers/almaty.ts';
import { fictionalResponse } from '../../../helpers/responses.ts';

const almaty = almatyResponse();
const lines = (spec: string) => parseLineSpec(spec) ?? [];

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

describe('Almaty’s evidence, as pages and charts read it', () => {
  it('counts its five written yes answers, and no ticked box', () => {
    const yes = ['III.1', 'III.4', 'V.2', 'VII.1', 'VIII.1'].map((q) => ({
      basis: closedBasisOf('yes', fieldEvidenceOf(almaty, q, 'answer')),
    }));
    expect(basisTally(yes)).toEqual({ ticked: 0, written: 5, unrecorded: 0 });
  });
  it('reads a quote and the quotes of figures, and nothing from bare lines', () => {
    expect(quoteOf(fieldEvidenceOf(almaty, 'IV.1', 'percent'))).toBe('The overall share of electronic services was 93.3%.');
    expect(quotesOf(fieldEvidenceOf(almaty, 'IV.1', 'figures'))).toHaveLength(10);
    expect(quoteOf(fieldEvidenceOf(almaty, 'IV.1', 'explanation'))).toBeUndefined();
    expect(fieldEvidenceOf(almaty, 'IV.1', 'explanation')?.lines).toEqual([{ from: 190, to: 202 }]);
    expect(fieldEvidenceOf(almaty, 'IV.2', 'percent')).toBeUndefined();
  });
});

describe('basisNote', () => {
  const en = createI18n('en');
  it.each([
    [{ ticked: 2, written: 3, unrecorded: 0 }, '(2 box ticked and 3 written in the answer)'],
    [{ ticked: 0, written: 1, unrecorded: 2 }, '(1 written in the answer and 2 not recorded how)'],
    [{ ticked: 0, written: 0, unrecorded: 4 }, ''],
  ])('%o -> %s', (tally, note) => {
    expect(basisNote(tally, en)).toBe(note);
  });
});

describe('closedBases', () => {
  const noEvidence = fictionalResponse('a', { 'III.1': { answer: 'yes' } });
  const withheld = fictionalResponse('b', { 'III.1': { answer: 'yes' } }, { withheld: ['III.1.answer'] });
  it.each([
    ['Almaty’s written yes', [almaty], { yes: { ticked: 0, written: 1, unrecorded: 0 }, no: { ticked: 0, written: 0, unrecorded: 0 } }],
    [
      'a yes without evidence beside it',
      [almaty, noEvidence],
      { yes: { ticked: 0, written: 1, unrecorded: 1 }, no: { ticked: 0, written: 0, unrecorded: 0 } },
    ],
    [
      'a withheld answer is not counted',
      [withheld],
      { yes: { ticked: 0, written: 0, unrecorded: 0 }, no: { ticked: 0, written: 0, unrecorded: 0 } },
    ],
  ])('%s', (_what, responses, expected) => {
    expect(closedBases(responses, 'III.1', 'answer')).toEqual(expected);
  });
});
