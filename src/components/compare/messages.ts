import type { MessageKey } from '../../i18n/index.ts';

/** The interface text <lgq-compare> uses, by the names it uses it under (rendered into its data-i18n by Compare.astro). */
export const COMPARE_MESSAGES = {
  citiesFailed: 'compare.client.citiesFailed',
  unknown: 'compare.client.unknown',
  dropped: 'compare.client.dropped',
  noMatch: 'compare.client.noMatch',
  showingSome: 'compare.client.showingSome',
  matches: 'compare.client.matches',
  chosen: 'compare.client.chosen',
  remove: 'compare.client.remove',
  full: 'compare.client.full',
  empty: 'compare.client.empty',
  answersFailed: 'compare.client.answersFailed',
  onlyCity: 'compare.client.onlyCity',
  oneChosen: 'compare.client.oneChosen',
  comparing: 'compare.client.comparing',
  figuresHeading: 'compare.client.figuresHeading',
  figuresNote: 'compare.client.figuresNote',
  question: 'compare.client.question',
  cityMeta: 'compare.client.cityMeta',
  caption: 'compare.client.caption',
  rowWithUnit: 'compare.client.rowWithUnit',
  differs: 'compare.client.differs',
  hidden: 'compare.client.hidden',
  tableLabel: 'compare.resultsHeading',
  scrollHint: 'compare.client.scrollHint',
} as const satisfies Record<string, MessageKey>;

export type CompareMessage = keyof typeof COMPARE_MESSAGES;
