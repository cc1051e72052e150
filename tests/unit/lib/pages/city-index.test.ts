import { describe, expect, it } from 'vitest';
import { cityIndexPages } from '../../../../src/lib/pages/city-index.ts';
import type { CityResponse } from '../../../../src/lib/data/response.ts';

function response(slug: string, region: string, edition = 2022): CityResponse {
  return {
    id: `${edition}/${slug}`,
    slug,
    edition,
    fictional: true,
    city: { name: slug[0]!.toUpperCase() + slug.slice(1), lat: 0, lon: 0 },
    country: { code: 'XX', name: 'Country', m49: '000', region, subregion: region },
    submitted: '2023-01-01',
    source: { document: 'x', format: 'x' },
    withheld: [],
    notes: {},
    answers: {},
    evidence: { fields: {} },
  };
}

describe('cityIndexPages', () => {
  const responses = [
    response('zurich', 'Europe'),
    response('almaty', 'Asia'),
    response('accra', 'Africa'),
    response('bogota', 'Americas'),
    response('apia', 'Oceania'),
    response('berlin', 'Europe'),
    response('berlin', 'Europe', 2024),
  ];

  it('orders by UN region in the UN order, then city, newest edition first', () => {
    const [page] = cityIndexPages(responses);
    expect(page?.groups.map((g) => g.region)).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    expect(page?.groups[3]?.rows.map((r) => r.id)).toEqual(['2024/berlin', '2022/berlin', '2022/zurich']);
  });

  it('keeps every response exactly once across pages, and marks a region continued from the previous page', () => {
    const pages = cityIndexPages(responses, 3);
    expect(pages.map((p) => p.size)).toEqual([3, 3, 1]);
    expect(pages.map((p) => p.href)).toEqual(['/cities/', '/cities/page/2/', '/cities/page/3/']);
    const ids = pages.flatMap((p) => p.groups.flatMap((g) => g.rows.map((r) => r.id)));
    expect(ids.sort()).toEqual(responses.map((r) => r.id).sort());
    // Page 2 holds the rest of Europe after Asia; page 3 Oceania.
    expect(pages[1]?.groups.map((g) => [g.region, g.continued])).toEqual([['Europe', false]]);
    expect(pages[1]?.span).toBe('Europe');
    const pagesOf2 = cityIndexPages(responses, 2);
    expect(pagesOf2[2]?.groups[0]).toMatchObject({ region: 'Europe', continued: true });
  });

  it('gives one empty first page when there is nothing yet', () => {
    expect(cityIndexPages([])).toEqual([{ number: 1, href: '/cities/', groups: [], span: '', size: 0 }]);
  });
});
