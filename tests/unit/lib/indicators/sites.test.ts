import { describe, expect, it } from 'vitest';
import { distinctSiteCount } from '../../../../src/lib/indicators/sites.ts';
import { getIndicator, indicatorValue } from '../../../../src/lib/indicators/index.ts';
import { almatyResponse } from '../../../helpers/almaty.ts';

// Almaty's own I.1 and I.2 links (content/responses/2022/almaty.yaml).
const ALMATY_PORTAL = [
  'https://www.gov.kz/memleket/entities/almaty?lang=en',
  'https://www.gov.kz/memleket/entities/almaty?lang=kk',
  'https://www.gov.kz/memleket/entities/almaty?lang=ru',
];
const ALMATY_OPEN_DATA = ['https://data.egov.kz', 'https://data.egov.kz/datasets/listbygovagency?govAgencyId=AVR6CckQ99eXTcgzeJli'];
const ALMATY_OTHERS = [
  'https://egov.kz/cms/en',
  'https://open-almaty.kz/ru',
  'https://www.goszakup.gov.kz/',
  'https://digital-almaty.kz/en',
];

describe('distinctSiteCount', () => {
  it.each([
    ['three language versions of one portal', ALMATY_PORTAL, 1],
    ['a catalogue and a dataset page inside it', ALMATY_OPEN_DATA, 1],
    ['the page inside listed before its site', [...ALMATY_OPEN_DATA].reverse(), 1],
    ['four different hosts', ALMATY_OTHERS, 4],
    ['all of Almaty’s I.1 and I.2 links', [...ALMATY_PORTAL, ...ALMATY_OTHERS, ...ALMATY_OPEN_DATA], 6],
    [
      'language, language-named and hl parameters',
      ['https://a.example/?language=en', 'https://a.example/?locale=fr', 'https://a.example/?hl=de'],
      1,
    ],
    ['a trailing slash and letter case', ['https://City.example/', 'https://city.example'], 1],
    ['www. and the bare host', ['https://www.city.example/portal', 'https://city.example/portal'], 1],
    ['sibling paths on one host', ['https://city.example/services', 'https://city.example/open-data'], 2],
    ['a path that only starts like another', ['https://city.example/data', 'https://city.example/database'], 2],
    ['a subdomain is another site', ['https://city.example', 'https://data.city.example'], 2],
    ['other parameters choose another page', ['https://city.example/x?page=a', 'https://city.example/x?page=b'], 2],
    ['a page below a parameterised page', ['https://city.example/x?page=a', 'https://city.example/x/y?page=a'], 1],
    ['a page below the site, whatever its parameters', ['https://city.example/', 'https://city.example/x?page=b'], 1],
    ['nothing', [], 0],
  ])('%s', (_what, urls: readonly string[], expected) => {
    expect(distinctSiteCount(urls)).toBe(expected);
  });
});

describe('the portals indicator', () => {
  it('counts Almaty’s distinct sites, not its URLs', () => {
    expect(indicatorValue(almatyResponse(), getIndicator('portals', 2022))).toEqual({ kind: 'value', value: 6 });
  });
});
