import { renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFilesFor } from './png-fonts.ts';

/*
 * Chart images as PNG, drawn at build time by resvg from the same SVG as the download, with the
 * DejaVu Sans shipped in src/assets/fonts/ (and no system font), so every build draws the same.
 */

export { FONT_FAMILY };
/** PNG pixels per SVG unit: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/**
 * An SVG document drawn as PNG, `scale` pixels per unit, on a libuv thread: the build renders other
 * pages meanwhile (astro.config.mjs `build.concurrency`), so the chart images use the second core.
 * `fontFiles` defaults to the shipped faces cut to the characters of `svg` (png-fonts.ts).
 */
export async function renderPng(svg: string, scale = PNG_SCALE, fontFiles?: readonly string[]): Promise<Uint8Array<ArrayBuffer>> {
  const font = { fontFiles: [...(fontFiles ?? (await fontFilesFor(svg)))], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY };
  const png = await renderAsync(svg, { fitTo: { mode: 'zoom', value: scale }, font });
  // A copy in its own ArrayBuffer: what a Response body takes.
  return new Uint8Array(png.asPng());
}
