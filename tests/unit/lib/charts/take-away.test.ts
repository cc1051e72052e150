import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { rankedChart } from '../../../../src/lib/charts/ranked/index.ts';
import { serializeSvg, walkSvg } from '../../../../src/lib/charts/svg.ts';
import { SHARE_SIZE, shareImage, takeAway } from '../../../../src/lib/charts/take-away.ts';
import { resolveVariables, takeAwayStyle } from '../../../../src/lib/charts/take-away-style.ts';
import type { IndicatorValue } from '../../../../src/lib/indicators/index.ts';

const en = createI18n('en');
const v = (value: number): IndicatorValue => ({ kind: 'value', value });
const style = takeAwayStyle(
  readFileSync('src/components/charts/charts.css', 'utf8'),
  readFileSync('src/styles/global.css', 'utf8'),
  'DejaVu Sans',
);
const context = { pageUrl: 'https://lgq.example.org/questions/v-3/', date: '12 May 2022', style };
const chart = (values: readonly IndicatorValue[]) =>
  rankedChart(
    {
      id: 'satisfaction-ranked',
      title: 'Population satisfied, city by city',
      measure: 'population satisfied',
      items: values.map((value, i) => ({ id: `c${i}`, label: `City ${i}`, country: 'Testland', value })),
      options: { unit: '%', max: 100 },
    },
    en,
  );

describe('take-away chart image', () => {
  const spec = chart([v(97.2), v(40), v(61.5), { kind: 'missing', reason: 'withheld' }]);
  const image = takeAway(spec, context, en)!;
  const texts = [...walkSvg(image.tree)].filter((n) => n.tag === 'text').map((n) => n.text ?? '');

  it('carries the title, the summary, the notes with what is missing, the source line with the page and the date', () => {
    expect(texts[0]).toBe('Population satisfied, city by city');
    expect(texts.join(' ')).toContain('3 of 4 cities give a value for the population satisfied');
    expect(texts.join(' ')).toContain('1 city gives no value (withheld): see the table.');
    expect(texts.join(' ')).toContain('LGQ Knowledgebase · self-reported by cities · CC BY 4.0 · https://lgq.example.org/questions/v-3/');
    expect(texts).toContain('Data as of 12 May 2022');
    expect(image.tree.attrs['width']).toBe(680);
    expect(serializeSvg(image.tree)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="680" height="\d+"/);
  });

  it('draws the chart’s wide drawing inside it, in the charts’ light colours with no CSS variable left', () => {
    const inner = [...walkSvg(image.tree)].find((n) => n.tag === 'svg' && n !== image.tree)!;
    expect(inner.attrs['viewBox']).toBe(spec.svg?.attrs['viewBox']);
    expect([...walkSvg(inner)].filter((n) => n.attrs['class'] === 'mark bar')).toHaveLength(3);
    expect(style).not.toContain('var(');
    expect(style).toContain('.chart-svg .bar, .chart-svg .dot, .chart-svg .bin-bar{fill: #0072b2;}');
    expect(style).toContain(".ta-title{font-family:'DejaVu Sans',sans-serif;font-size:18px;font-weight:700;fill:#1a1f24}");
  });

  it('draws each value label on a halo copy of itself (resvg ignores paint-order)', () => {
    const labels = [...walkSvg(image.tree)].filter((n) => /value-label/.test(String(n.attrs['class'])));
    expect(labels.map((n) => [n.attrs['class'], n.text])).toEqual([
      ['value-label ta-halo', '97.2%'],
      ['ta-ink ta-ink--value-label', '97.2%'],
      ['value-label ta-halo', '61.5%'],
      ['ta-ink ta-ink--value-label', '61.5%'],
      ['value-label ta-halo', '40%'],
      ['ta-ink ta-ink--value-label', '40%'],
    ]);
    expect(style).toContain('.chart-svg .ta-ink{fill:#1a1f24}');
  });

  it('is not made for a chart of fewer than three values (a sentence, not a chart)', () => {
    expect(takeAway(chart([v(97.2)]), context, en)).toBeUndefined();
  });

  it('fits whole on a 1200×630 share card', () => {
    const card = shareImage(image, style);
    expect([card.attrs['width'], card.attrs['height']]).toEqual([SHARE_SIZE.width, SHARE_SIZE.height]);
    const fitted = card.children?.find((c) => c.tag === 'svg');
    expect(fitted?.attrs).toMatchObject({ viewBox: `0 0 680 ${image.height}`, preserveAspectRatio: 'xMidYMid meet' });
  });
});

describe('resolveVariables', () => {
  const vars = new Map([
    ['--fg', '#111'],
    ['--chart-ink', 'var(--fg)'],
  ]);
  it.each([
    ['var(--fg)', '#111'],
    ['var(--chart-ink)', '#111'],
    ['var(--missing, #fff)', '#fff'],
    ['1px solid var(--fg)', '1px solid #111'],
  ])('%j -> %j', (value, resolved) => expect(resolveVariables(value, vars)).toBe(resolved));
});
