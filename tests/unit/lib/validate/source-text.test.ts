import { describe, expect, it } from 'vitest';
import { appearsIn, hasWrittenWord, normaliseForMatch } from '../../../../src/lib/validate/source-text.ts';

describe('normaliseForMatch', () => {
  it.each([
    ['<https://egov.kz/cms/en>', 'https://egov.kz/cms/en'],
    ['- Name: **Olzhas Zhanabek**', 'Name: Olzhas Zhanabek'],
    ['official **e-Government**¹ portal', 'official e-Government portal'],
    ['provides detailed\n\ninstructions', 'provides detailed instructions'],
    ['  spaced   out  ', 'spaced out'],
    ['a < b > c', 'a < b > c'],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseForMatch(input)).toBe(expected);
  });
});

describe('appearsIn', () => {
  it.each([
    ['Testville City Hall', 'Organization: **Testville City Hall**', true],
    ['https://egov.kz/cms/en', 'a. E-services²: <https://egov.kz/cms/en>', true],
    ['National law applies.\n\nA local charter is planned.', 'National law applies.\n\nA local charter is planned.', true],
    ['A local charter is adopted.', 'A local charter is planned.', false],
    ['Testville City Hall', 'Testville Town Hall', false],
  ])('%j in %j: %s', (words, source, expected) => {
    expect(appearsIn(words, source)).toBe(expected);
  });
});

describe('hasWrittenWord', () => {
  it.each([
    ['yes', 'Yes, Darmen App', true],
    ['yes', 'YES', true],
    ['no', 'No, not yet', true],
    ['no', 'Local level? ☐ Yes ☒ No', true],
    ['no', 'National law applies.', false],
    ['yes', 'Yesterday we began', false],
    ['no', 'Not yet known', false],
  ] as const)('%s in %j: %s', (word, source, expected) => {
    expect(hasWrittenWord(word, source)).toBe(expected);
  });
});
