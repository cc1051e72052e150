import { isMessageTree, textI18n } from '../../i18n/core.ts';
import type { TextI18n } from '../../i18n/core.ts';
import type { MissingReason } from '../../lib/indicators/index.ts';

/*
 * The words of charts drawn in the browser, read from the page: ChartText.astro renders the
 * catalogue messages they need and the missing-reason words into a <template>, so the client
 * bundle carries no catalogue of its own.
 */

export const CHART_TEXT_ID = 'lgq-chart-text';

export interface PageChartText {
  readonly i18n: TextI18n;
  readonly reason: (reason: MissingReason) => string;
  /** Is `value` one of the missing reasons the page names? */
  readonly isReason: (value: string) => value is MissingReason;
}

function parsed(json: string | undefined): unknown {
  try {
    return JSON.parse(json ?? '');
  } catch {
    return undefined;
  }
}

export function pageChartText(doc: Document = document): PageChartText {
  const holder = doc.getElementById(CHART_TEXT_ID);
  const messages = parsed(holder?.dataset['messages']);
  const reasons = parsed(holder?.dataset['reasons']);
  if (!holder || !isMessageTree(messages) || !isMessageTree(reasons))
    throw new Error(`The page has no chart text (#${CHART_TEXT_ID}): include ChartText.astro`);
  const reasonWords = new Map(Object.entries(reasons).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as const] : [])));
  return {
    i18n: textI18n(holder.dataset['lang'] ?? doc.documentElement.lang, messages),
    reason: (reason) => reasonWords.get(reason) ?? reason,
    isReason: (value): value is MissingReason => reasonWords.has(value),
  };
}
