import { describe, expect, it } from 'vitest';
import { importer, percentagesIn } from '../../../../src/fields/percent/import.ts';
import { field, finishContext, LIGHTHOUSE, readingsOf } from '../import-fixtures.ts';

describe('percentagesIn', () => {
  it.each([
    ['was 0.71 %.', [0.71]],
    ['85,13 % population satisfaction', [85.13]],
    ['93.3% of 14.5 million; again 93.3%', [93.3]],
    ['12 per cent and 30%', [12, 30]],
    ['growth of 250%', []],
  ])('finds percentages with decimal points or commas: %s', (text, expected) => {
    expect(percentagesIn(text)).toEqual(expected);
  });
});

describe('percent importer', () => {
  const finish = (texts: Record<string, string[]> | undefined) =>
    importer.finish(field('percent'), finishContext(texts ? readingsOf(LIGHTHOUSE, { texts: new Map(Object.entries(texts)) }) : undefined));

  it.each([
    ['one percentage in any text field', { explanation: ['Lit on 96 % of nights.'] }, { value: 96, comment: 'from the text' }],
    [
      'several percentages, across fields',
      { explanation: ['Lit on 96 % of nights.'], history: ['Was 80 %.'] },
      { todo: expect.stringMatching(/several percentages in the text \(96, 80\)/) },
    ],
    ['a question read, without a percentage', { explanation: ['Lit most nights.'] }, { notGiven: true }],
    ['a question not in the document', undefined, {}],
  ])('%s', (_, texts, expected) => {
    expect(finish(texts)).toEqual(expected);
  });
});
