import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../../../src/i18n/index.ts';
import { classesOf, stripImage } from '../../../../../src/lib/charts/strip/image.ts';
import { layoutStrip } from '../../../../../src/lib/charts/strip/layout.ts';
import { MARKER_ROOM, stripMarker } from '../../../../../src/lib/charts/strip/marker.ts';
import { walkSvg } from '../../../../../src/lib/charts/svg.ts';
import { stripImageStyle } from '../../../../../src/lib/charts/take-away-style.ts';
import type { IndicatorValue } from '../../../../../src/lib/indicators/index.ts';

const chartsCss = readFileSync('src/components/charts/charts.css', 'utf8');
const pageCss = readFileSync('src/styles/global.css', 'utf8');
const style = (classes: ReadonlySet<string>) => stripImageStyle(chartsCss, pageCss, classes);
const v = (value: number): IndicatorValue => ({ kind: 'value', value });
const items = Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, label: `City ${i}`, value: v((i * 37) % 100) }));
const input = { id: 's', title: 'T', summary: 'S.', items, options: { unit: '%', max: 100 } };

/** A custom property's value in the first block of `css` whose selector is exactly `selector`, after `after`. */
function token(css: string, name: string, dark: boolean): string | undefined {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const darkAt = text.search(/@media\s*\(prefers-color-scheme:\s*dark\)/);
  const part = dark ? text.slice(darkAt) : text.slice(0, darkAt);
  return new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(part)?.[1]?.trim();
}

describe('the shared strip image', () => {
  const wide = stripImage(input, 'wide', i18n, style);
  const css = wide.children?.find((c) => c.tag === 'style')?.text ?? '';

  it('declares the colours of both schemes from the page and chart tokens', () => {
    const [light, dark] = css.split('@media (prefers-color-scheme:dark)');
    for (const [name, file] of [
      ['--fg', pageCss],
      ['--bg', pageCss],
      ['--muted', pageCss],
      ['--chart-bar', chartsCss],
      ['--chart-band', chartsCss],
    ] as const) {
      expect(light, name).toContain(`${name}:${token(file, name, false)}`);
      expect(dark, name).toContain(`${name}:${token(file, name, true)}`);
    }
    expect(light).toContain('--font-sans:system-ui');
    expect(light).toMatch(/sans-serif;/);
  });

  it('keeps only the chart rules its marks use', () => {
    const used = classesOf(wide);
    expect(css).toContain('.chart-svg .median-line');
    expect(css).toContain('.chart-svg .quartile-band');
    // Heatmap cells, highlighted bars and segment labels are not in a strip.
    expect(css).not.toContain('.hm-y');
    expect(css).not.toContain('is-highlighted');
    expect(css).not.toContain('segment-label');
    for (const rule of css.split('\n').slice(2))
      expect(
        rule
          .split('{')[0]!
          .split(',')
          .some((part) => [...part.matchAll(/\.([\w-]+)/g)].every((m) => used.has(m[1]!))),
        rule,
      ).toBe(true);
  });

  it('is drawn at its own size, with room for the marker and no tooltips or names', () => {
    const marks = layoutStrip(items, { unit: '%', max: 100, width: 640 });
    expect(wide.attrs).toMatchObject({ width: '640', height: String(marks.axisY + MARKER_ROOM), xmlns: 'http://www.w3.org/2000/svg' });
    const all = [...walkSvg(wide)];
    expect(all.some((n) => Object.keys(n.attrs).some((k) => k.startsWith('data-')))).toBe(false);
    expect(all.some((n) => n.attrs['class'] === 'highlight' || String(n.attrs['class']).includes('is-highlighted'))).toBe(false);
    expect(all.find((n) => n.tag === 'desc')?.text).toBe('S.');
  });

  it('has the same axis as the layout the profile places its marker on', () => {
    for (const drawing of ['wide', 'narrow'] as const) {
      const image = stripImage(input, drawing, i18n, style);
      const marker = stripMarker(
        layoutStrip(items, { compare: i18n.compare, unit: '%', max: 100, width: drawing === 'wide' ? 640 : 360, highlight: 'c3' }),
        'City 3: 11%',
      )!;
      expect(String(image.attrs['viewBox'])).toBe(`0 0 ${marker.width} ${marker.height}`);
      const ticks = [...walkSvg(image)].filter((n) => n.attrs['class'] === 'tick-label');
      const zero = ticks.find((t) => t.text === '0%')!;
      const hundred = ticks.find((t) => t.text === '100%')!;
      const x = Number(zero.attrs['x']) + ((Number(hundred.attrs['x']) - Number(zero.attrs['x'])) * 11) / 100;
      expect(marker.x).toBeCloseTo(x, 1);
    }
  });
});
