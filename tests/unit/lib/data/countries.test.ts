import { describe, expect, it } from 'vitest';
import { countryInfo } from '../../../../src/lib/data/countries.ts';

describe('countryInfo', () => {
  it.each([
    // M49: Kenya is in Eastern Africa, an intermediate region of Sub-Saharan Africa.
    ['KE', 'Kenya', 'Africa', 'Sub-Saharan Africa', 'Eastern Africa'],
    ['BR', 'Brazil', 'Americas', 'Latin America and the Caribbean', 'South America'],
    // Sub-regions without intermediate regions carry none.
    ['KZ', 'Kazakhstan', 'Asia', 'Central Asia', undefined],
    ['DE', 'Germany', 'Europe', 'Western Europe', undefined],
    ['EG', 'Egypt', 'Africa', 'Northern Africa', undefined],
  ])('places %s (%s) in %s, %s, %s', (code, name, region, subregion, intermediateRegion) => {
    const info = countryInfo(code);
    expect({ name: info.name, region: info.region, subregion: info.subregion, intermediateRegion: info.intermediateRegion }).toEqual({
      name,
      region,
      subregion,
      intermediateRegion,
    });
  });

  it('names the code it cannot place', () => {
    expect(() => countryInfo('XX')).toThrow(/XX/);
  });
});
