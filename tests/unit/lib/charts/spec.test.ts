import { describe, expect, it } from 'vitest';
import { CHART_MIN_WIDTHS, frameWidthClass, frameWidthCss } from '../../../../src/lib/charts/spec.ts';

describe('chart frame widths', () => {
  it('writes one rule per distinct width, narrowest first', () => {
    expect(frameWidthCss([600, 520, 520])).toBe(
      '.chart__frame--min-520 .chart-svg { min-width: 520px; }\n.chart__frame--min-600 .chart-svg { min-width: 600px; }',
    );
  });

  it('has a rule for the width of every chart type', () => {
    const css = frameWidthCss(Object.values(CHART_MIN_WIDTHS));
    for (const width of Object.values(CHART_MIN_WIDTHS))
      expect(css).toContain(`.${frameWidthClass(width)} .chart-svg { min-width: ${width}px; }`);
  });
});
