import type { TextI18n } from '../../i18n/index.ts';
import { MISSING_REASON_LABELS } from '../data/missing.ts';
import type { MissingReason } from '../indicators/index.ts';

/* Why a value is missing, lower-cased to sit inside a chart's sentence: "no value (withheld)". */

const inSentence = (i18n: TextI18n, label: string) => label.toLocaleLowerCase(i18n.lang);

export const missingReasonText = (i18n: TextI18n, reason: MissingReason): string => inSentence(i18n, MISSING_REASON_LABELS[reason]);

/** Every reason's words, by reason: what a page hands to the charts it draws in the browser. */
export const missingReasonWords = (i18n: TextI18n): Readonly<Record<string, string>> =>
  Object.fromEntries(Object.entries(MISSING_REASON_LABELS).map(([reason, label]) => [reason, inSentence(i18n, label)]));
