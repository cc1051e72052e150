import type { TextI18n } from '../../i18n/index.ts';
import { MISSING_REASONS, missingReasonLabel } from '../data/missing.ts';
import type { MissingReason } from '../data/missing.ts';

/* Why a value is missing, lower-cased to sit inside a chart's sentence: "no value (withheld)". */

export const missingReasonText = (i18n: TextI18n, reason: MissingReason): string =>
  missingReasonLabel(reason, i18n).toLocaleLowerCase(i18n.lang);

/** Every reason's words, by reason: what a page hands to the charts it draws in the browser. */
export const missingReasonWords = (i18n: TextI18n): Readonly<Record<string, string>> =>
  Object.fromEntries(MISSING_REASONS.map((reason) => [reason, missingReasonText(i18n, reason)]));
