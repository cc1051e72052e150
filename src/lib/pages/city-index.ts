import type { CityResponse } from '../data/response.ts';
import { UN_REGIONS } from '../data/countries.ts';
import { citiesIndexPath } from '../urls.ts';
import { i18n } from '../../i18n/index.ts';

/*
 * The cities index, split into pages so no page grows past the size budget: rows are ordered by
 * UN region, then city, then edition (newest first), and cut into pages of at most `pageSize`.
 */

export interface RegionGroup {
  readonly region: string;
  readonly rows: readonly CityResponse[];
  /** True when the region started on an earlier page. */
  readonly continued: boolean;
}

export interface CityIndexPage {
  /** 1-based. */
  readonly number: number;
  readonly href: string;
  readonly groups: readonly RegionGroup[];
  /** "Africa – Asia", for the page list. */
  readonly span: string;
  readonly size: number;
}

export const CITY_INDEX_PAGE_SIZE = 500;

function regionRank(region: string): number {
  const i = (UN_REGIONS as readonly string[]).indexOf(region);
  return i < 0 ? UN_REGIONS.length : i;
}

export function compareForIndex(a: CityResponse, b: CityResponse): number {
  return (
    regionRank(a.country.region) - regionRank(b.country.region) ||
    i18n.compare(a.country.region, b.country.region) ||
    i18n.compare(a.city.name, b.city.name) ||
    i18n.compare(a.country.name, b.country.name) ||
    b.edition - a.edition
  );
}

export function cityIndexPages(responses: readonly CityResponse[], pageSize = CITY_INDEX_PAGE_SIZE): CityIndexPage[] {
  if (pageSize < 1) throw new Error('pageSize must be at least 1');
  const sorted = [...responses].sort(compareForIndex);
  const pages: CityIndexPage[] = [];
  const seen = new Set<string>();
  for (let start = 0; start < sorted.length || (start === 0 && pages.length === 0); start += pageSize) {
    const chunk = sorted.slice(start, start + pageSize);
    const groups: RegionGroup[] = [];
    for (const r of chunk) {
      const last = groups.at(-1);
      if (last && last.region === r.country.region) (last.rows as CityResponse[]).push(r);
      else groups.push({ region: r.country.region, rows: [r], continued: seen.has(r.country.region) });
      seen.add(r.country.region);
    }
    const firstRegion = groups[0]?.region ?? '';
    const lastRegion = groups.at(-1)?.region ?? '';
    const number = pages.length + 1;
    pages.push({
      number,
      href: citiesIndexPath(number),
      groups,
      span: firstRegion === lastRegion ? firstRegion : `${firstRegion} – ${lastRegion}`,
      size: chunk.length,
    });
    if (chunk.length === 0) break;
  }
  return pages;
}
