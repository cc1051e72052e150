import { t } from '../../i18n/index.ts';
import type { CityResponse } from '../data/response.ts';
import { indicatorValue } from '../indicators/index.ts';
import type { IndicatorDef } from '../indicators/index.ts';
import type { MapPoint } from '../charts/world-map.ts';
import { responseQuestionPath } from '../urls.ts';

/*
 * The map of a percentage question: each city that gave a value, as a dot coloured by the band its
 * value falls in (five bands of 20 points; colour is never the only cue: the legend counts each
 * band and the answers table below gives every value). Cities without a value are counted, not drawn.
 */

/** Bands of a percentage, lowest first: [0, 20), [20, 40), … [80, 100]. */
export const PERCENT_BANDS = [0, 20, 40, 60, 80] as const;
export const BAND_WIDTH = 20;

/** The band of a percentage (100 belongs to the top band; values outside 0–100 are clamped). */
export function bandOf(value: number): number {
  return Math.min(PERCENT_BANDS.length - 1, Math.max(0, Math.floor(value / BAND_WIDTH)));
}

export interface ValuePoint extends MapPoint {
  readonly value: number;
  readonly band: number;
}

export interface ValueMapData {
  readonly indicator: IndicatorDef;
  readonly points: readonly ValuePoint[];
  /** Cities in each band, lowest first. */
  readonly counts: readonly number[];
  /** Responses without a value. */
  readonly missing: number;
}

/** Fewer cities than this with a value get no map: a map of one or two dots says nothing the table does not. */
export const MAP_MIN_POINTS = 3;

/** Whether an indicator is drawn as a value map: a percentage (0–100). */
export const isPercentIndicator = (indicator: IndicatorDef): boolean => indicator.max === 100;

/** The map data of one percentage indicator over the responses. */
export function valueMapData(
  responses: readonly CityResponse[],
  indicator: IndicatorDef,
  newest: ReadonlyMap<string, number>,
): ValueMapData {
  const points: ValuePoint[] = [];
  for (const r of responses) {
    const v = indicatorValue(r, indicator);
    if (v.kind !== 'value') continue;
    points.push({
      id: r.id,
      lat: r.city.lat,
      lon: r.city.lon,
      label: t('questionPage.map.point', { city: r.city.name, country: r.country.name }),
      href: responseQuestionPath(r.slug, indicator.questionId, r.edition, newest.get(r.slug)),
      m49: r.country.m49,
      value: v.value,
      band: bandOf(v.value),
    });
  }
  const counts = PERCENT_BANDS.map((_, band) => points.filter((p) => p.band === band).length);
  return { indicator, points, counts, missing: responses.length - points.length };
}
