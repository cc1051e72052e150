import { describe, expect, it } from 'vitest';
import { closestWord, maxEdits, suggestQuery } from '../../../../src/lib/search/suggest.ts';
import { buildVocabulary, wordsOf } from '../../../../src/lib/search/vocabulary.ts';

const vocabulary = ['transport', 'portal', 'strategy', 'budget', 'blockchain', 'transparency', 'sport'];

describe('suggestQuery', () => {
  it.each([
    ['a swapped pair', 'transprot', 'transport'],
    ['a missing letter', 'blockchin', 'blockchain'],
    ['one word of two', 'budget stratgy', 'budget strategy'],
    ['case is not a typo', 'Transport', undefined],
    ['known words', 'portal budget', undefined],
    ['too far from any word', 'zzzzzzzz', undefined],
    ['short words are kept', 'prot', undefined],
    ['words with digits are kept', 'iso27001', undefined],
    ['empty', '  ', undefined],
  ])('%s: %j -> %j', (_what, query, expected) => {
    expect(suggestQuery(query, vocabulary)).toBe(expected);
  });

  it('prefers the more frequent word (earlier in the vocabulary) on a tie', () => {
    expect(closestWord('bort', ['port', 'sort'])).toBe('port');
    expect(closestWord('bort', ['sort', 'port'])).toBe('sort');
  });

  it.each([
    [3, 1],
    [4, 1],
    [5, 2],
    [12, 2],
  ])('allows %i-letter words %i edits', (length, edits) => {
    expect(maxEdits(length)).toBe(edits);
  });
});

describe('buildVocabulary', () => {
  it('lists words by frequency, drops words seen once unless from an always-kept text', () => {
    const words = buildVocabulary(['Transport and transport portal', 'portal transport typoo'], ['Blockchain question']);
    expect(words).toEqual(['transport', 'portal', 'blockchain', 'question']);
  });

  it('keeps words within the length limits, lower-cased, letters only', () => {
    expect(wordsOf('The CIO’s e-mail: ICT-2024 Алматы transportation')).toEqual(['mail', 'алматы', 'transportation']);
  });

  it('stops at the limit', () => {
    expect(buildVocabulary(['aaaa aaaa bbbb bbbb cccc cccc'], [], 2)).toEqual(['aaaa', 'bbbb']);
  });
});
