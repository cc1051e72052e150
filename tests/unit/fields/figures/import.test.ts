import { describe, expect, it } from 'vitest';
import { importer } from '../../../../src/fields/figures/import.ts';
import { field, finishContext, LIGHTHOUSE, readingsOf } from '../import-fixtures.ts';

describe('figures importer', () => {
  it.each([
    [
      'text was read: a human adds the figures',
      new Map([['explanation', ['Two keepers, 120 steps.']]]),
      { comment: expect.stringMatching(/not extracted/) },
    ],
    ['no text', new Map<string, string[]>(), {}],
  ])('%s', (_, texts, expected) => {
    const result = importer.finish(field('figures'), finishContext(readingsOf(LIGHTHOUSE, { texts })));
    expect(result).toEqual(expected);
    expect(result.value).toBeUndefined();
  });
});
