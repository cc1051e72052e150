import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../../src/fields/index.ts';
import type { CityResponse } from '../../../../src/lib/data/response.ts';
import { editionIndicators } from '../../../../src/lib/indicators/index.ts';
import { bandOf, isPercentIndicator, valueMapData } from '../../../../src/lib/pages/value-map.ts';
import { getEdition } from '../../../../src/questionnaire/index.ts';

describe('bandOf', () => {
  it.each([
    [0, 0],
    [19.9, 0],
    [20, 1],
    [55, 2],
    [80, 4],
    [100, 4],
    [140, 4],
    [-3, 0],
  ])('%s%% is in band %s', (value, band) => {
    expect(bandOf(value)).toBe(band);
  });
});

describe('valueMapData', () => {
  const indicator = editionIndicators(2022).find((i) => isPercentIndicator(i) && i.source.compute === 'percent');
  if (!indicator) throw new Error('no percentage indicator in 2022');
  const question = getEdition(2022).questions.find((q) => q.id === indicator.questionId);
  const field = question?.fields.find((f) => f.kind === 'percent');
  if (!question || !field) throw new Error('no percent field');

  const response = (slug: string, percent?: number): CityResponse => {
    const answer = percent === undefined ? undefined : readAnswer(field, percent);
    return {
      id: `2022/${slug}`,
      slug,
      edition: 2022,
      fictional: true,
      city: { name: slug, lat: 10, lon: 20 },
      country: { code: 'XX', name: 'Land', m49: '398', region: 'Asia', subregion: 'Asia' },
      submitted: '2023-01-01',
      source: { document: 'x', format: 'x' },
      withheld: [],
      notes: {},
      answers: answer ? { [question.id]: { [field.key]: answer } } : {},
      evidence: { fields: {} },
    };
  };

  it('draws only the cities with a value, counts each band and the cities without one', () => {
    const data = valueMapData([response('a', 5), response('b', 45), response('c', 50), response('d')], indicator, new Map([['a', 2022]]));
    expect(data.points.map((p) => [p.id, p.band])).toEqual([
      ['2022/a', 0],
      ['2022/b', 2],
      ['2022/c', 2],
    ]);
    expect(data.counts).toEqual([1, 0, 2, 0, 0]);
    expect(data.missing).toBe(1);
    expect(data.points[0]?.href).toMatch(/^\/cities\/a\/#/);
  });
});
