import { describe, expect, it } from 'vitest';
import { cleanUrl, readUrlLine } from '../../../../src/lib/import/url-line.ts';

describe('readUrlLine', () => {
  it.each([
    ['https://a.example.org', { shape: 'bare', urls: ['https://a.example.org'] }],
    ['(https://a.example.org), <https://b.example.org>;', { shape: 'bare', urls: ['https://a.example.org', 'https://b.example.org'] }],
    ['https://a.example.org/map – Harbour map', { shape: 'url-label', url: 'https://a.example.org/map', label: 'Harbour map' }],
    ['• Harbour map: https://a.example.org/map', { shape: 'label-url', url: 'https://a.example.org/map', label: 'Harbour map' }],
    ['Harbour map (https://a.example.org/map)', { shape: 'label-url', url: 'https://a.example.org/map', label: 'Harbour map' }],
    ['The map at https://a.example.org/map is old.', { shape: 'in-sentence', urls: ['https://a.example.org/map'] }],
    [
      'Maps: https://a.example.org and https://b.example.org',
      { shape: 'in-sentence', urls: ['https://a.example.org', 'https://b.example.org'] },
    ],
    ['No links here.', null],
  ])('%s', (text, expected) => {
    expect(readUrlLine(text)).toEqual(expected);
  });

  it.each([
    ['https://a.example.org/map.', 'https://a.example.org/map'],
    ['https://a.example.org/map)', 'https://a.example.org/map'],
    ['https://a.example.org/wiki/Light_(beacon)', 'https://a.example.org/wiki/Light_(beacon)'],
    ['https://a.example.org/?q=1";', 'https://a.example.org/?q=1'],
  ])('cleans %s', (url, expected) => {
    expect(cleanUrl(url)).toBe(expected);
  });
});
