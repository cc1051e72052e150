import { describe, expect, it } from 'vitest';
import { headlineSummaries, profilePages } from '../../../../src/lib/pages/profiles.ts';
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
