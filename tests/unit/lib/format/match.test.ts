import { describe, expect, it } from 'vitest';
import { foldName, matchesName } from '../../../../src/lib/format/match.ts';

describe('matchesName', () => {
  it.each([
    ['bramor', 'Brâmor', true],
    ['BRÂMOR', 'brâmor', true],
    ['sao paulo', 'São Paulo', true],
    ['  almaty ', 'Almaty', true],
    ['zurich', 'Zürich', true],
    ['mat', 'Almaty', true],
    ['malmo', 'Malmö', true],
    ['almaty city', 'Almaty', false],
    ['', 'Almaty', false],
    ['   ', 'Almaty', false],
    ['brâmor', 'Bramorville', true],
    ['x', 'Almaty', false],
  ])('%j in %j: %s', (query, name, expected) => {
    expect(matchesName(query, name)).toBe(expected);
  });
});

describe('foldName', () => {
  it.each([
    ['Brâmor', 'bramor'],
    ['São  Paulo', 'sao paulo'],
    ['Ñuñoa', 'nunoa'],
  ])('%j folds to %j', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});
