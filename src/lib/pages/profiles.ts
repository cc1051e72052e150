import type { CityResponse } from '../data/response.ts';
import { getIndicator, HEADLINE_INDICATOR_IDS, indicatorValue, summarize } from '../indicators/index.ts';
import type { IndicatorValue, Summary } from '../indicators/index.ts';
import { profilePath } from '../urls.ts';
import { i18n } from '../../i18n/index.ts';
import type { I18n, MessageKey } from '../../i18n/index.ts';

/** Headline-indicator summaries per edition, computed once for all profile pages of a build. */
export function headlineSummaries(responses: readonly CityResponse[]): Map<number, Map<string, Summary>> {
  const byEdition = new Map<number, CityResponse[]>();
  for (const r of responses) byEdition.set(r.edition, [...(byEdition.get(r.edition) ?? []), r]);
  const out = new Map<number, Map<string, Summary>>();
  for (const [edition, list] of byEdition) {
    out.set(
      edition,
      new Map(HEADLINE_INDICATOR_IDS.map((id) => [id, summarize(list.map((r) => indicatorValue(r, getIndicator(id, edition))))])),
    );
  }
  return out;
}

/** Below this many values a rank says little ("2nd of 2"): the profile gives none. */
export const MIN_VALUES_FOR_RANK = 3;

/** Where a city's figure stands, highest first: "5th of 73 cities that gave a value"; `tied` when others share it. */
export interface Rank {
  readonly rank: number;
  readonly of: number;
  readonly tied: boolean;
}

/**
 * The rank of `value` among `values` (highest = 1st; equal values share the better rank), or
 * undefined when the city gave no value or too few cities did for a rank to mean something.
 */
export function rankOf(value: IndicatorValue, values: readonly IndicatorValue[]): Rank | undefined {
  if (value.kind !== 'value') return undefined;
  const present = sortedValues(values);
  if (present.length < MIN_VALUES_FOR_RANK) return undefined;
  // Binary search in the sorted values: every profile asks for its rank among all of its edition's.
  const firstAbove = bound(present, (v) => v > value.value);
  const firstEqual = bound(present, (v) => v >= value.value);
  return { rank: present.length - firstAbove + 1, of: present.length, tied: firstAbove - firstEqual > 1 };
}

const sorted = new WeakMap<readonly IndicatorValue[], readonly number[]>();

/** The values given, ascending, once per list. */
function sortedValues(values: readonly IndicatorValue[]): readonly number[] {
  let present = sorted.get(values);
  if (!present) {
    present = values.flatMap((v) => (v.kind === 'value' ? [v.value] : [])).sort((a, b) => a - b);
    sorted.set(values, present);
  }
  return present;
}

/** The first index of an ascending list at which `test` holds (the list's length if nowhere). */
function bound(list: readonly number[], test: (v: number) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const ORDINAL_KEYS: Readonly<Partial<Record<Intl.LDMLPluralRule, MessageKey>>> = {
  one: 'profile.ordinalOne',
  two: 'profile.ordinalTwo',
  few: 'profile.ordinalFew',
};

/** "5th highest of 73 cities that gave a value" ("Joint 5th …" when others give the same figure). */
export function rankText(rank: Rank, text: I18n = i18n): string {
  const category = new Intl.PluralRules(text.formats, { type: 'ordinal' }).select(rank.rank);
  const ordinal = text.t(ORDINAL_KEYS[category] ?? 'profile.ordinalOther', { rank: rank.rank });
  return text.t(rank.tied ? 'profile.rankTied' : 'profile.rank', { ordinal, count: rank.of });
}

/** Each response's rank on each headline indicator, among the responses to its own edition, by response id. */
export function headlineRanks(responses: readonly CityResponse[]): Map<string, Map<string, Rank | undefined>> {
  const out = new Map<string, Map<string, Rank | undefined>>();
  for (const edition of new Set(responses.map((r) => r.edition))) {
    const list = responses.filter((r) => r.edition === edition);
    const valuesById = new Map(
      HEADLINE_INDICATOR_IDS.map((id) => {
        const indicator = getIndicator(id, edition);
        return [id, list.map((r) => indicatorValue(r, indicator))] as const;
      }),
    );
    list.forEach((r, i) => {
      out.set(
        r.id,
        new Map(
          [...valuesById].map(([id, values]) => {
            const own = values[i];
            return [id, own ? rankOf(own, values) : undefined] as const;
          }),
        ),
      );
    });
  }
  return out;
}

export interface EditionLink {
  readonly edition: number;
  readonly href: string;
}

/**
 * Every profile page of the build: the latest edition of each city at `/cities/<slug>/`, and each
 * older edition at `/cities/<slug>/<edition>/` (only cities with more than one edition have those).
 */
export function profilePages(responses: readonly CityResponse[]) {
  const bySlug = new Map<string, CityResponse[]>();
  for (const r of responses) bySlug.set(r.slug, [...(bySlug.get(r.slug) ?? []), r]);
  const summaries = headlineSummaries(responses);
  const ranks = headlineRanks(responses);
  const pages: {
    slug: string;
    edition?: number;
    response: CityResponse;
    editions: EditionLink[];
    summaries: Map<string, Summary>;
    ranks: Map<string, Rank | undefined>;
  }[] = [];
  for (const [slug, list] of bySlug) {
    const sorted = [...list].sort((a, b) => b.edition - a.edition);
    const newest = sorted[0]?.edition ?? 0;
    const editions = sorted.map((r) => ({ edition: r.edition, href: profilePath(slug, r.edition, newest) }));
    sorted.forEach((response, i) => {
      const s = summaries.get(response.edition);
      if (!s) throw new Error(`No summaries for edition ${response.edition}`);
      pages.push({
        slug,
        ...(i === 0 ? {} : { edition: response.edition }),
        response,
        editions,
        summaries: s,
        ranks: ranks.get(response.id) ?? new Map(),
      });
    });
  }
  return pages;
}
