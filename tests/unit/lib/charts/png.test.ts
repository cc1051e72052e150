import { describe, expect, it } from 'vitest';
import { PNG_SCALE, renderPng, renderPngAsync } from '../../../../src/lib/charts/png.ts';

const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('renderPng', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100"><rect width="300" height="100" fill="#fff"/><text x="10" y="50" font-family="DejaVu Sans" font-size="18">Brâmor 97.2%</text></svg>';

  it('draws an SVG as a PNG at the scale asked, with the shipped fonts', () => {
    const png = renderPng(svg);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: 300 * PNG_SCALE, height: 100 * PNG_SCALE });
    expect(pngSize(renderPng(svg, 1))).toEqual({ width: 300, height: 100 });
  });

  it('draws the text (a PNG with text differs from one without)', () => {
    const blank = renderPng(svg.replace(/<text[\s\S]*<\/text>/, ''), 1);
    expect(Buffer.from(renderPng(svg, 1)).equals(Buffer.from(blank))).toBe(false);
  });

  it('draws the same bytes off the main thread', async () => {
    expect(Buffer.from(await renderPngAsync(svg)).equals(Buffer.from(renderPng(svg)))).toBe(true);
  });
});
