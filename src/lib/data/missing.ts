import { i18n as buildI18n } from '../../i18n/index.ts';
import type { TextI18n } from '../../i18n/index.ts';

/*
 * Why a value is missing: the one vocabulary of downloads (CSV tokens, JSON indicators), indicators,
 * charts and pages. The words are the closed states' and the CSV's, so a reader meets one set.
 * Client code imports only the type: its labels come from the server-rendered page.
 */

export const MISSING_REASONS = ['not_given', 'withheld', 'not_legible_in_source', 'not_answered'] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

export function missingReasonLabel(reason: MissingReason, i18n: TextI18n = buildI18n): string {
  return i18n.t(`fields.missing.${reason}`);
}
