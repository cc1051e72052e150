import { describe, expect, it } from 'vitest';
import { foldName, matchesName } from '../../../../src/lib/format/match.ts';

describe('matchesName', () => {
  it.each([
    ['bramor', 'Brâmor', true],
    ['BRÂMOR', 'bramor', true],
    ['sao paulo', 'São Paulo', true],
    ['paulo sao', 'São Paulo', true],
    ['alm', 'Almaty', true],
    ['', 'Almaty', true],
    ['  ', 'Almaty', true],
    ['almx', 'Almaty', false],
    ['bogota', 'Bogotá', true],
    ['zurich', 'Zürich', true],
    ['kyiv', 'Almaty', false],
  ])('%j in %j: %s', (query, name, expected) => {
    expect(matchesName(query, name)).toBe(expected);
  });

  it('folds case and diacritics only', () => {
    expect(foldName('Ñuñoa Алматы')).toBe('nunoa алматы');
  });
});
