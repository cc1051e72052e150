import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extraCharacters, fontFilesFor, SHIPPED_FONT_FILES } from '../../../../src/lib/charts/png-fonts.ts';

describe('extraCharacters', () => {
  it.each([
    ['Latin, accents, punctuation and marks only', '<text>Brâmor −12% ✓ “a” — ĳ ő</text>', ''],
    ['letters outside the common set, once each and sorted', '<text>Алматы Алма</text>', 'Аалмты'],
    ['numeric references, decoded', '<text>&#x416;&#1040;&amp;</text>', 'АЖ'],
  ])('%s', (_, svg, extra) => {
    expect(extraCharacters(svg)).toBe(extra);
  });
});

describe('fontFilesFor', () => {
  it('gives both faces, much smaller than the shipped ones, shared by images with the same extra characters', async () => {
    const files = await fontFilesFor('<text>Brâmor</text>');
    expect(files).toHaveLength(SHIPPED_FONT_FILES.length);
    files.forEach((file, i) => expect(statSync(file).size).toBeLessThan(statSync(SHIPPED_FONT_FILES[i]!).size / 10));
    expect(await fontFilesFor('<text>Qeltrovë 12%</text>')).toEqual(files);
    expect(await fontFilesFor('<text>Алматы</text>')).not.toEqual(files);
  });
});
