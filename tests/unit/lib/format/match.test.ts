import { describe, expect, it } from 'vitest';
import { matchesName } from '../../../../src/lib/format/match.ts';

describe('matchesName', () => {
  it.each([
    ['bramor', 'Brâmor', true],
    ['BRAMOR', 'Brâmor', true],
    ['brâmor', 'Bramor', true],
    ['sao', 'São Paulo, Brazil', true],
    ['paulo sao', 'São Paulo', true],
    ['mor', 'Brâmor', true],
    ['', 'Almaty', true],
    ['  ', 'Almaty', true],
    ['almaty kaz', 'Almaty Kazakhstan Asia', true],
    ['bramor', 'Bramo', false],
    ['almaty x', 'Almaty Kazakhstan', false],
    ['zurich', 'Zürich', true],
    ['istanbul', 'İstanbul', true],
    ['abc', 'ab', false],
  ])('%j in %j: %s', (query, name, expected) => {
    expect(matchesName(query, name)).toBe(expected);
  });
});
