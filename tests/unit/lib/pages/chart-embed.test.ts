import { describe, expect, it } from 'vitest';
import { el } from '../../../../src/lib/charts/svg.ts';
import {
  drawingHeight,
  EMBED_CHROME_HEIGHT,
  embedHeight,
  embedPageText,
  embedSnippet,
  embedSrc,
} from '../../../../src/lib/pages/chart-embed.ts';
import { i18n } from '../../../../src/i18n/index.ts';

describe('the embed snippet', () => {
  it.each([
    [
      'a path',
      { src: '/embed/v-3/satisfaction-ranked/', title: 'Satisfaction', height: 420 },
      '<iframe src="/embed/v-3/satisfaction-ranked/" title="Satisfaction" width="100%" height="420" loading="lazy"></iframe>',
    ],
    [
      'quotes, ampersands and a fractional height',
      { src: 'https://lgq.example/embed/a/b/?x=1&y=2', title: 'Say "yes" & <no>', height: 300.2 },
      '<iframe src="https://lgq.example/embed/a/b/?x=1&amp;y=2" title="Say &quot;yes&quot; &amp; &lt;no&gt;" width="100%" height="301" loading="lazy"></iframe>',
    ],
  ])('%s', (_name, frame, expected) => {
    expect(embedSnippet(frame)).toBe(expected);
  });

  it.each([
    ['no origin: the path', undefined, '/embed/i-3/closed-answers/'],
    ['an origin: the absolute address', 'https://lgq.example', 'https://lgq.example/embed/i-3/closed-answers/'],
  ])('points at %s', (_name, site, expected) => {
    expect(embedSrc('/embed/i-3/closed-answers/', site)).toBe(expected);
  });

  it.each([
    ['a drawing', el('svg', { viewBox: '0 0 640 312.4' }), 312.4],
    ['no viewBox', el('svg', {}), 0],
    ['no drawing', undefined, 0],
  ])('reads the height of %s', (_name, svg, expected) => {
    expect(drawingHeight(svg)).toBe(expected);
  });

  it.each([
    ['only a wide drawing', { svg: el('svg', { viewBox: '0 0 640 312.4' }) }, 313],
    ['a taller narrow drawing', { svg: el('svg', { viewBox: '0 0 640 300' }), narrowSvg: el('svg', { viewBox: '0 0 360 480' }) }, 480],
    ['a shorter narrow drawing', { svg: el('svg', { viewBox: '0 0 640 300' }), narrowSvg: el('svg', { viewBox: '0 0 360 200' }) }, 300],
  ])('makes the frame as tall as the taller drawing plus the words around it: %s', (_name, spec, drawing) => {
    expect(embedHeight(spec)).toBe(drawing + EMBED_CHROME_HEIGHT);
  });
});

describe('the embed page words', () => {
  const question = { id: 'V.3', shortTitle: 'Satisfaction', path: '/questions/v-3/' };
  it.each([
    ['no origin', undefined, '/questions/v-3/'],
    ['an origin', 'https://lgq.example', 'https://lgq.example/questions/v-3/'],
  ])('with %s, name the question page in the source line and the back link', (_name, site, href) => {
    const text = embedPageText({ title: 'Satisfaction, ranked', date: '1 May 2022' }, question, site, i18n);
    expect(text.questionHref).toBe(href);
    expect(text.source).toBe(`LGQ Knowledgebase · self-reported by cities · CC BY 4.0 · ${href}`);
    expect(text.backLink).toBe('All answers to V.3 Satisfaction, on the LGQ Knowledgebase');
    expect(text.pageTitle).toBe('Satisfaction, ranked: chart');
    expect(text.date).toBe('Data as of 1 May 2022');
  });

  it('says no date when the chart has none', () => {
    expect(embedPageText({ title: 'T', date: '' }, question, undefined, i18n).date).toBe('');
  });
});
