import { describe, expect, it } from 'vitest';
import { PNG_SCALE, renderPng } from '../../../../src/lib/charts/png.ts';
import { SHIPPED_FONT_FILES } from '../../../../src/lib/charts/png-fonts.ts';

const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

const textSvg = (text: string, weight = 'normal') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100"><rect width="300" height="100" fill="#fff"/><text x="10" y="50" font-family="DejaVu Sans" font-weight="${weight}" font-size="18">${text}</text></svg>`;

describe('renderPng', () => {
  const svg = textSvg('Brâmor 97.2%');

  it('draws an SVG as a PNG at the scale asked, with the shipped fonts', async () => {
    const png = await renderPng(svg);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: 300 * PNG_SCALE, height: 100 * PNG_SCALE });
    expect(pngSize(await renderPng(svg, 1))).toEqual({ width: 300, height: 100 });
  });

  it('draws the text (a PNG with text differs from one without)', async () => {
    const blank = await renderPng(svg.replace(/<text[\s\S]*<\/text>/, ''), 1);
    expect(Buffer.from(await renderPng(svg, 1)).equals(Buffer.from(blank))).toBe(false);
  });

  // The faces are cut to each image's characters (png-fonts.ts): what is drawn must not change.
  it.each([
    ['Latin, accents and a minus', 'Brâmor −12.5% ✓ “Ōsaka”', 'normal'],
    ['bold Latin', 'Qeltrovë — 40 of 193', 'bold'],
    ['Cyrillic and Greek, outside the common set', 'Алматы · Αθήνα', 'normal'],
    ['a character written as a reference', 'Kyiv &#x2116; 5 &#1040;', 'bold'],
  ])('draws %s exactly as the uncut faces do', async (_, text, weight) => {
    const drawn = textSvg(text, weight);
    const cut = await renderPng(drawn);
    const full = await renderPng(drawn, PNG_SCALE, SHIPPED_FONT_FILES);
    expect(Buffer.from(cut).equals(Buffer.from(full))).toBe(true);
    // …and the text is there: without it the image differs.
    const blank = await renderPng(drawn.replace(/<text[\s\S]*<\/text>/, ''), PNG_SCALE, SHIPPED_FONT_FILES);
    expect(Buffer.from(cut).equals(Buffer.from(blank))).toBe(false);
  });
});
