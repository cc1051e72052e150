import { resolve } from 'node:path';
import { renderAsync, Resvg } from '@resvg/resvg-js';

/*
 * Chart images as PNG, drawn at build time by resvg from the same SVG as the download, with the
 * DejaVu Sans shipped in src/assets/fonts/ (and no system font), so every build draws the same.
 */

export const FONT_FAMILY = 'DejaVu Sans';
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => resolve('src/assets/fonts', f));
/** PNG pixels per SVG unit: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

const options = (scale: number) => ({
  fitTo: { mode: 'zoom' as const, value: scale },
  font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
});

/** An SVG document drawn as PNG, `scale` pixels per unit. */
export function renderPng(svg: string, scale = PNG_SCALE): Uint8Array<ArrayBuffer> {
  // A copy in its own ArrayBuffer: what a Response body takes.
  return new Uint8Array(new Resvg(svg, options(scale)).render().asPng());
}

/**
 * The same, drawn on a libuv thread: the build renders other pages meanwhile (astro.config.mjs
 * `build.concurrency`), so the chart images use the second core.
 */
export async function renderPngAsync(svg: string, scale = PNG_SCALE): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array((await renderAsync(svg, options(scale))).asPng());
}
