import { describe, expect, it } from 'vitest';
import { basisParts, basisTally, closedBasisOf, fieldEvidenceOf, quoteOf, quotesOf } from '../../../../src/lib/data/evidence.ts';
import { parseLineSpec } from '../../../../src/schemas/evidence.ts';
import type { FieldEvidence } from '../../../../src/schemas/evidence.ts';
import { almatyResponse } from '../../../helpers/almaty.ts';

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
