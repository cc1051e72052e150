import type { TextI18n } from '../../i18n/index.ts';
import type { IndicatorUnit } from '../../questionnaire/index.ts';

/*
 * Numbers as the charts write them, in the locale of the given TextI18n: counts, values in their unit,
 * axis ticks and shares. The description layer of every chart type uses these.
 */

/** Values are written to two decimals at most, like the table and the CSV. */
const round2 = (value: number) => Math.round(value * 100) / 100;

export const formatCount = (i18n: TextI18n, count: number): string => i18n.number(count);

/** The units counted in whole things, whose words have plural forms (`charts.units.counted`); the type checker keeps it complete. */
const COUNTED: Readonly<Record<IndicatorUnit, true>> = { items: true, portals: true, accounts: true };
const isCounted = (unit: string): unit is IndicatorUnit => Object.hasOwn(COUNTED, unit);

/**
 * A unit as a word, for headers ("Value (portals)"). Charts take the indicator's unit key (`%`,
 * `items`, …); a unit that is no key (a caller's own word) is written as given.
 */
export const unitWord = (i18n: TextI18n, unit: string): string => (isCounted(unit) ? i18n.t(`indicators.units.${unit}`) : unit);

/** 93.3%, 1 portal, 4 portals. */
export function formatValue(i18n: TextI18n, value: number, unit: string): string {
  const rounded = round2(value);
  if (unit === '%') return i18n.t('charts.units.percent', { value: rounded });
  return isCounted(unit)
    ? i18n.t(`charts.units.counted.${unit}`, { count: rounded, value: i18n.number(rounded) })
    : i18n.t('charts.units.value', { value: rounded, unit });
}

/** An axis tick: the bare number, with the per cent sign on a percentage scale. */
export function formatTick(i18n: TextI18n, value: number, unit: string): string {
  return unit === '%' ? i18n.t('charts.units.percent', { value }) : i18n.number(value);
}

/** A share of 0–1 as a whole per cent. */
export const formatShare = (i18n: TextI18n, share: number): string => i18n.t('charts.units.percent', { value: Math.round(share * 100) });

/** Several counted things in one phrase: "3 withheld, 2 not given". */
export const formatTally = (i18n: TextI18n, parts: readonly string[]): string => i18n.list(parts, { type: 'unit', style: 'short' });
