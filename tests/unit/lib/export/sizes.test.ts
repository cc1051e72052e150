import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { byteSize, formatBytes } from '../../../../src/lib/export/index.ts';

describe('formatBytes', () => {
  it.each([
    [1, '1 byte'],
    [999, '999 bytes'],
    [1000, '1 kB'],
    [1234, '1.2 kB'],
    [999_949, '999.9 kB'],
    [1_000_000, '1 MB'],
    [12_345_678, '12.3 MB'],
  ])('writes %i bytes as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it('takes its words from the catalogue', () => {
    expect(formatBytes(1234, createI18n('en-XA'))).toMatch(/^⟦1\.2 .+⟧$/);
  });

  it('measures text in UTF-8 bytes', () => {
    expect(byteSize('Алматы')).toBe(12);
  });
});
