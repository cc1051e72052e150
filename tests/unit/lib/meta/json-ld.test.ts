import { describe, expect, it } from 'vitest';
import {
  CITIES_LISTED,
  datasetCoverage,
  datasetJsonLd,
  jsonLdScript,
  profileJsonLd,
  temporalCoverage,
} from '../../../../src/lib/meta/json-ld.ts';
import type { DownloadFile } from '../../../../src/lib/pages/download-files.ts';
import { datasetProblems } from '../../../helpers/dataset-jsonld.ts';

const almaty = {
  id: '2022/almaty',
  slug: 'almaty',
  edition: 2022,
  city: { name: 'Almaty', lat: 43.2389, lon: 76.8897 },
  country: { code: 'KZ', name: 'Kazakhstan' },
  submitted: '2023-05-03',
  source: { document: 'almaty.txt', format: 'Text export of the filled-in LGQ 2022 form' },
};
const files: DownloadFile[] = [
  { href: '/data/lgq-responses.csv', name: 'All responses, CSV', what: 'One row per response.', encodingFormat: 'text/csv', bytes: 1234 },
];
const site = 'https://kb.example.org';

describe('temporalCoverage', () => {
  it.each([
    [[], undefined],
    [['2023-05-03'], '2023-05-03'],
    [['2023-05-03', '2022-01-02', '2023-01-01'], '2022-01-02/2023-05-03'],
  ])('%j -> %s', (dates, coverage) => {
    expect(temporalCoverage(dates)).toBe(coverage);
  });
});

describe('the data set JSON-LD', () => {
  const data = datasetJsonLd([almaty], files, { site, version: '2026.12' });
  it("meets Google's Dataset guidelines", () => {
    expect(datasetProblems(data, { absolute: true })).toEqual([]);
  });
  it('describes every download with its media type and size', () => {
    expect(data['distribution']).toEqual([
      {
        '@type': 'DataDownload',
        name: 'All responses, CSV',
        description: 'One row per response.',
        contentUrl: 'https://kb.example.org/data/lgq-responses.csv',
        encodingFormat: 'text/csv',
        contentSize: '1234 B',
      },
    ]);
    expect(data['version']).toBe('2026.12');
    expect(data['url']).toBe('https://kb.example.org/data/');
  });
  it('gives site paths and no url without an origin, which the checker flags as not absolute', () => {
    const relative = datasetJsonLd([almaty], files, { site: undefined });
    expect(relative).not.toHaveProperty('url');
    expect(datasetProblems(relative, { absolute: false }).filter((p) => !p.startsWith('no identifier'))).toEqual([]);
    expect(datasetProblems(relative, { absolute: true })).toContain('url is not a URL');
  });
});

describe('a profile JSON-LD', () => {
  const data = profileJsonLd(almaty, { site, latest: true, version: '2026.12' });
  it("meets Google's Dataset guidelines", () => {
    expect(datasetProblems(data, { absolute: true })).toEqual([]);
  });
  it('is about the city, by its government, based on the source document', () => {
    expect(data['spatialCoverage']).toMatchObject({
      '@type': 'Place',
      name: 'Almaty, Kazakhstan',
      geo: { latitude: 43.2389, longitude: 76.8897 },
      address: { addressCountry: 'KZ' },
    });
    expect(data['creator']).toEqual({ '@type': 'GovernmentOrganization', name: 'Almaty city government (Kazakhstan)' });
    expect(data['isBasedOn']).toMatchObject({ url: 'https://kb.example.org/cities/almaty/source/' });
    expect(data['temporalCoverage']).toBe('2022');
    expect(data['url']).toBe('https://kb.example.org/cities/almaty/');
  });
  it('names an older edition by its edition address, and its source without a page', () => {
    const older = profileJsonLd(almaty, { site, latest: false });
    expect(older['url']).toBe('https://kb.example.org/cities/almaty/2022/');
    expect(older['isBasedOn']).not.toHaveProperty('url');
  });
  it('is caught by the checker when a required property is missing or too short', () => {
    expect(datasetProblems({ ...data, description: 'Too short.' }, { absolute: true })).toEqual([
      'description has 10 characters (50-5000)',
    ]);
    const { spatialCoverage: _omit, ...noPlace } = data;
    expect(datasetProblems(noPlace, { absolute: true })).toEqual(['no spatialCoverage']);
  });
});

describe('jsonLdScript', () => {
  it('cannot close its script element', () => {
    const text = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('the data set’s spatial coverage', () => {
  const city = (i: number, code: string, country: string) => ({
    ...almaty,
    id: `2022/c${String(i)}`,
    slug: `c${String(i)}`,
    country: { ...almaty.country, code, name: country },
  });
  it('lists each city, with its coordinates, up to CITIES_LISTED cities', () => {
    const places = datasetCoverage([city(1, 'KZ', 'Kazakhstan'), city(2, 'FR', 'France')]);
    expect(places.map((p) => p['@type'])).toEqual(['Place', 'Place']);
    expect(places[0]).toMatchObject({ geo: { latitude: 43.2389 } });
  });
  it('lists each country, once and by name, past CITIES_LISTED cities, and still meets the guidelines', () => {
    const many = Array.from({ length: CITIES_LISTED + 1 }, (_, i) => (i % 2 ? city(i, 'KZ', 'Kazakhstan') : city(i, 'FR', 'France')));
    expect(datasetCoverage(many)).toEqual([
      { '@type': 'Country', name: 'France', identifier: 'FR' },
      { '@type': 'Country', name: 'Kazakhstan', identifier: 'KZ' },
    ]);
    expect(datasetProblems(datasetJsonLd(many, files, { site, version: '2026.12' }), { absolute: true })).toEqual([]);
  });
});
