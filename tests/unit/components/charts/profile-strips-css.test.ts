import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_NARROW_MEDIA } from '../../../../src/lib/charts/spec.ts';

const strips = readFileSync('src/components/charts/profile-strips.css', 'utf8');
const charts = readFileSync('src/components/charts/charts.css', 'utf8');
const darkPart = (css: string) => css.slice(css.search(/@media \(prefers-color-scheme: dark\)/));

describe("the profile strips' stylesheet", () => {
  it('switches the marker at the query the <picture> switches its source at', () => {
    expect(CHART_NARROW_MEDIA).toBe('(max-width: 539.98px)');
    const block = strips.slice(strips.indexOf(`@media ${CHART_NARROW_MEDIA}`));
    expect(block).toMatch(/^@media \(max-width: 539\.98px\) \{[\s\S]*?\.profile-strip__marker--wide \{\s*display: none;/);
    expect(block).toMatch(/\.profile-strip__marker--narrow \{\s*display: block;/);
  });

  it("marks the city in the inline charts' highlight colour, in both schemes", () => {
    const hi = (css: string, name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(css)?.[1];
    expect(hi(strips, '--strip-hi')).toBe(hi(charts, '--chart-hi'));
    expect(hi(darkPart(strips), '--strip-hi')).toBe(hi(darkPart(charts), '--chart-hi'));
    expect(hi(darkPart(strips), '--strip-hi')).not.toBe(hi(strips, '--strip-hi'));
  });

  it('sets no minimum width and no inline style hooks: the strip scales, never scrolls sideways', () => {
    expect(strips).not.toMatch(/min-width:\s*\d/);
    expect(strips).not.toMatch(/overflow-x/);
  });
});
