import { describe, expect, it } from 'vitest';
import { closedCategories } from '../../../../src/lib/charts/categories.ts';
import { heatmapChart } from '../../../../src/lib/charts/heatmap/index.ts';
import { rankedChart } from '../../../../src/lib/charts/ranked/index.ts';
import { stackedChart } from '../../../../src/lib/charts/stacked/index.ts';
import { stripChart } from '../../../../src/lib/charts/strip/index.ts';
import { serializeSvg } from '../../../../src/lib/charts/svg.ts';
import { stripImage } from '../../../../src/lib/charts/strip/image.ts';
import { stripImageStyle } from '../../../../src/lib/charts/take-away-style.ts';
import { i18n } from '../../../../src/i18n/index.ts';
import { readFileSync } from 'node:fs';
import type { IndicatorValue } from '../../../../src/lib/indicators/index.ts';

/*
 * One committed SVG per chart type (tests/snapshots/), serialised from the same tree SvgTree.astro
 * renders, wide (<type>.svg) and narrow (<type>-narrow.svg, names above bars; the heatmap as a list of
 * its items). Coordinates are rounded to 0.01 and ids derive from the chart id, so the files are stable.
 * Update deliberately with `npx vitest run --project unit -u`.
 */
const v = (value: number): IndicatorValue => ({ kind: 'value', value });
const cities = ['Adeno', 'Borvik', 'Celmar', 'Dunhollow', 'Esterra', 'Falgrin'];
const snap = (name: string) => `../../../snapshots/${name}.svg`;

describe('chart SVG snapshots', () => {
  it('ranked bars', async () => {
    const spec = rankedChart({
      id: 'ranked',
      title: 'Services offered online, city by city',
      measure: 'services offered online',
      items: cities.map((c, i) => ({
        id: c,
        label: c,
        country: 'Testland',
        value: i === 4 ? { kind: 'missing', reason: 'withheld' } : v(20 + i * 13.37),
      })),
      options: { unit: '%', max: 100, highlight: 'Celmar' },
    });
    await expect(serializeSvg(spec.svg!)).toMatchFileSnapshot(snap('ranked'));
    await expect(serializeSvg(spec.narrowSvg!)).toMatchFileSnapshot(snap('ranked-narrow'));
  });

  it('distribution strip', async () => {
    const spec = stripChart({
      id: 'strip',
      title: 'Population satisfied: distribution across cities',
      measure: 'population satisfied',
      items: cities.map((c, i) => ({ id: c, label: c, value: v([55, 61.5, 61.5, 70, 82.25, 90][i]!) })),
      options: { unit: '%', max: 100, highlight: 'Dunhollow' },
    });
    await expect(serializeSvg(spec.svg!)).toMatchFileSnapshot(snap('strip'));
    await expect(serializeSvg(spec.narrowSvg!)).toMatchFileSnapshot(snap('strip-narrow'));
  });

  it('shared strip image (every city, none highlighted, its own light and dark styles), wide and narrow', async () => {
    const style = (classes: ReadonlySet<string>) =>
      stripImageStyle(readFileSync('src/components/charts/charts.css', 'utf8'), readFileSync('src/styles/global.css', 'utf8'), classes);
    const input = {
      id: 'strip',
      title: 'Population satisfied: distribution across cities',
      summary: 'Across 6 cities the median population satisfied is 65.75%.',
      items: cities.map((c, i) => ({ id: c, label: c, value: v([55, 61.5, 61.5, 70, 82.25, 90][i]!) })),
      options: { unit: '%', max: 100 },
    };
    await expect(serializeSvg(stripImage(input, 'wide', i18n, style))).toMatchFileSnapshot(snap('strip-image'));
    await expect(serializeSvg(stripImage(input, 'narrow', i18n, style))).toMatchFileSnapshot(snap('strip-image-narrow'));
  });

  it('stacked closed answers', async () => {
    const spec = stackedChart({
      id: 'stacked',
      title: 'How cities answered',
      rows: [
        { id: 'III.1', label: 'E-government strategy', counts: { yes: 4, no: 1, not_legible_in_source: 1 } },
        { id: 'III.4', label: 'Budget published online', counts: { yes: 2, no: 2, not_answered: 1, withheld: 1 } },
      ],
      categories: closedCategories(),
      rowHeader: 'Question',
    });
    await expect(serializeSvg(spec.svg!)).toMatchFileSnapshot(snap('stacked'));
    await expect(serializeSvg(spec.narrowSvg!)).toMatchFileSnapshot(snap('stacked-narrow'));
  });

  it('strategy heatmap', async () => {
    const states = ['yes', 'no', 'not_answered', 'not_legible_in_source', 'withheld'];
    const spec = heatmapChart({
      id: 'heatmap',
      title: 'Strategy checklist, city by item',
      items: ['Implementation plan', 'SDGs', 'Sendai Framework'].map((label, i) => ({ key: `k${i}`, label })),
      rows: cities.map((c, i) => ({
        id: c,
        label: c,
        country: 'Testland',
        region: i < 3 ? 'Africa' : 'Europe',
        states: { k0: states[i % 5]!, k1: states[(i + 1) % 5]!, k2: states[(i + 2) % 5]! },
      })),
    });
    await expect(serializeSvg(spec.svg!)).toMatchFileSnapshot(snap('heatmap'));
    await expect(serializeSvg(spec.narrowSvg!)).toMatchFileSnapshot(snap('heatmap-narrow'));
  });
});
