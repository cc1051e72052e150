import { describe, expect, it } from 'vitest';
import { headlineRanks, headlineSummaries, profilePages, rankOf, rankText } from '../../../../src/lib/pages/profiles.ts';
import { readAnswers } from '../../../../src/lib/data/response.ts';
import type { CityResponse } from '../../../../src/lib/data/response.ts';
import { getEdition } from '../../../../src/questionnaire/index.ts';

function response(slug: string, answers: Record<string, Record<string, unknown>>): CityResponse {
  return {
    id: `2022/${slug}`,
    slug,
    edition: 2022,
    fictional: true,
    city: { name: slug, lat: 0, lon: 0 },
    country: { code: 'XX', name: 'Country', m49: '000', region: 'Asia', subregion: 'Asia' },
    submitted: '2023-01-01',
    source: { document: 'x', format: 'x' },
    withheld: [],
    notes: {},
    answers: readAnswers(getEdition(2022), answers),
    evidence: { fields: {} },
  };
}

const a = response('a', { 'IV.1': { percent: 90 }, 'V.3': { percent: 50 } });
const b = response('b', { 'IV.1': { percent: 70 } });
const c = response('c', { 'IV.1': { percent: 10 } });

describe('headlineSummaries', () => {
  it('summarises each headline figure over the responses that give it; missing ones are counted, not zero', () => {
    const s = headlineSummaries([a, b, c]).get(2022);
    expect(s?.get('services-online')).toMatchObject({ n: 3, missing: 0, median: 70 });
    expect(s?.get('satisfaction')).toMatchObject({ n: 1, missing: 2, median: 50 });
    expect(s?.get('services-mobile')).toMatchObject({ n: 0, missing: 3 });
    expect(s?.get('services-mobile')?.median).toBeUndefined();
  });
});

describe('profilePages', () => {
  it('gives every response one page at /cities/<slug>/ when each city has one edition, with the edition summaries', () => {
    const pages = profilePages([a, b, c]);
    expect(pages.map((p) => [p.slug, p.edition, p.editions])).toEqual([
      ['a', undefined, [{ edition: 2022, href: '/cities/a/' }]],
      ['b', undefined, [{ edition: 2022, href: '/cities/b/' }]],
      ['c', undefined, [{ edition: 2022, href: '/cities/c/' }]],
    ]);
    expect(pages[0]?.summaries.get('services-online')?.n).toBe(3);
  });
});

describe('rankOf', () => {
  const v = (value: number) => ({ kind: 'value', value }) as const;
  const none = { kind: 'missing', reason: 'not_given' } as const;
  it.each([
    ['the highest of three', v(90), [v(90), v(70), v(10)], { rank: 1, of: 3, tied: false }],
    ['the lowest of three', v(10), [v(90), v(70), v(10)], { rank: 3, of: 3, tied: false }],
    ['missing values are not counted', v(70), [v(90), none, v(70), none, v(10)], { rank: 2, of: 3, tied: false }],
    ['equal values share the better rank', v(70), [v(90), v(70), v(70), v(10)], { rank: 2, of: 4, tied: true }],
    ['a city without a value has no rank', none, [v(90), v(70), v(10), none], undefined],
    ['fewer than three values give no rank', v(90), [v(90), v(70), none], undefined],
  ] as const)('%s', (_what, value, values, expected) => {
    expect(rankOf(value, values)).toEqual(expected);
  });
});

describe('rankText', () => {
  it.each([
    [{ rank: 1, of: 73, tied: false }, '1st highest of 73 cities that gave a value'],
    [{ rank: 2, of: 73, tied: false }, '2nd highest of 73 cities that gave a value'],
    [{ rank: 3, of: 73, tied: false }, '3rd highest of 73 cities that gave a value'],
    [{ rank: 5, of: 73, tied: false }, '5th highest of 73 cities that gave a value'],
    [{ rank: 11, of: 73, tied: false }, '11th highest of 73 cities that gave a value'],
    [{ rank: 22, of: 73, tied: true }, 'Joint 22nd highest of 73 cities that gave a value'],
    [{ rank: 1, of: 1200, tied: false }, '1st highest of 1,200 cities that gave a value'],
  ])('%j reads %j', (rank, text) => {
    expect(rankText(rank)).toBe(text);
  });
});

describe('headlineRanks', () => {
  it("ranks each response among its edition's responses, per headline figure", () => {
    const ranks = headlineRanks([a, b, c]);
    expect(ranks.get(a.id)?.get('services-online')).toEqual({ rank: 1, of: 3, tied: false });
    expect(ranks.get(c.id)?.get('services-online')).toEqual({ rank: 3, of: 3, tied: false });
    // Only one response gives satisfaction: no rank.
    expect(ranks.get(a.id)?.get('satisfaction')).toBeUndefined();
  });

  it('gives each profile page its ranks', () => {
    const pages = profilePages([a, b, c]);
    expect(pages.find((p) => p.slug === 'b')?.ranks.get('services-online')).toEqual({ rank: 2, of: 3, tied: false });
  });
});
