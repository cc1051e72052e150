import type { AstroIntegration } from 'astro';
import { CHART_MIN_WIDTHS, frameWidthCss } from '../lib/charts/spec.ts';

/** The module Chart.astro imports for its frame width rules. */
export const CHART_FRAME_WIDTHS_MODULE = 'virtual:lgq-chart-frame-widths.css';
const RESOLVED = `\0${CHART_FRAME_WIDTHS_MODULE}`;

/**
 * The stylesheet rules that give each chart frame its minimum width, generated from the chart
 * types' CHART_MIN_WIDTHS (src/lib/charts/spec.ts) so no CSS class is kept in step by hand. A
 * generated module rather than inline style attributes: Vite bundles it with the other CSS, which
 * the CSP (style-src 'self') allows.
 */
export default function chartFrameWidths(): AstroIntegration {
  return {
    name: 'lgq-chart-frame-widths',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'lgq-chart-frame-widths',
                resolveId: (id: string) => (id === CHART_FRAME_WIDTHS_MODULE ? RESOLVED : undefined),
                load: (id: string) =>
                  id === RESOLVED
                    ? `/* Generated from CHART_MIN_WIDTHS. On narrow screens charts keep a readable size and scroll sideways in their frame. */\n${frameWidthCss(Object.values(CHART_MIN_WIDTHS))}\n@media print { .chart__frame .chart-svg { min-width: 0; } }\n`
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
