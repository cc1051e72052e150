import type { MessageKey } from '../../i18n/index.ts';

/** The words the citation's copy buttons need, by the names citation-formats-element.ts uses. */
export const CITATION_MESSAGES = {
  copy: 'cite.copy',
  copyWhat: 'cite.copyWhat',
  copied: 'cite.copied',
  failed: 'cite.copyFailed',
} as const satisfies Record<string, MessageKey>;
