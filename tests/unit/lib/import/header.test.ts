import { describe, expect, it } from 'vitest';
import { readHeaderLine } from '../../../../src/lib/import/header.ts';
import type { Header } from '../../../../src/lib/import/header.ts';

describe('readHeaderLine', () => {
  it.each<[string, Header, { header: Header; unplaced?: string }]>([
    ['Lowmoor', {}, { header: { cityName: 'Lowmoor' } }],
    ['City/Municipality: Lowmoor', {}, { header: { cityName: 'Lowmoor' } }],
    ['Norway', {}, { header: { countryFromDocument: 'Norway', countryCode: 'NO' } }],
    [
      'Country: New Zealand',
      { cityName: 'Lowmoor' },
      { header: { cityName: 'Lowmoor', countryFromDocument: 'New Zealand', countryCode: 'NZ' } },
    ],
    ['Country: Norway', { countryCode: 'IS' }, { header: { countryCode: 'IS', countryFromDocument: 'Norway' } }],
    ['Country: Atlantis', {}, { header: {}, unplaced: 'country "Atlantis" not recognised; pass --country XX' }],
    ['Highmoor', { cityName: 'Lowmoor' }, { header: { cityName: 'Lowmoor' }, unplaced: 'text before the first section' }],
    ['See https://lowmoor.example.org', {}, { header: {}, unplaced: 'text before the first section' }],
    ['Reference 12345', {}, { header: {}, unplaced: 'text before the first section' }],
  ])('%s', (text, header, expected) => {
    expect(readHeaderLine(text, header)).toEqual(expected);
  });
});
