import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_NARROW_BELOW, CHART_WIDTHS, svgRoot, variantId } from '../../../../src/lib/charts/spec.ts';

describe('chart drawings for wide and narrow frames', () => {
  it('switches to the narrow drawing in the stylesheet at CHART_NARROW_BELOW', () => {
    const css = readFileSync('src/components/charts/charts.css', 'utf8');
    const query = /@container \(max-width: ([\d.]+)px\)\s*\{\s*\.chart-svg--wide \{\s*display: none;/.exec(css);
    expect(query?.[1]).toBeDefined();
    expect(Math.ceil(Number(query?.[1]))).toBe(CHART_NARROW_BELOW);
    // The wide drawing is never shown smaller than where 12-unit text reads at ~10px.
    expect((CHART_NARROW_BELOW / CHART_WIDTHS.wide) * 12).toBeGreaterThanOrEqual(10);
  });

  it('sets no minimum width on a chart frame: charts scale, never scroll sideways', () => {
    const css = readFileSync('src/components/charts/charts.css', 'utf8');
    expect(css).not.toMatch(/min-width:\s*\d/);
    expect(css).not.toMatch(/\.chart__frame \{[^}]*overflow-x/);
  });

  it.each([
    ['only', 'c', 'chart-svg chart-svg--ranked'],
    ['wide', 'c', 'chart-svg chart-svg--ranked chart-svg--wide'],
    ['narrow', 'c-narrow', 'chart-svg chart-svg--ranked chart-svg--narrow'],
  ] as const)('a %s drawing has ids from %j and the classes %j', (variant, id, classes) => {
    const svg = svgRoot(variantId('c', variant), 'ranked', 'T', 'S', 360, 100, [], variant);
    expect(svg.attrs['id']).toBe(`${id}-svg`);
    expect(svg.attrs['class']).toBe(classes);
    expect(svg.attrs['aria-labelledby']).toBe(`${id}-title ${id}-desc`);
  });
});
