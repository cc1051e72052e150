import type { MessageKey } from '../../i18n/index.ts';

/**
 * The words the copy button needs, by the names it uses them under. A page renders them once, on an
 * ancestor of all its copy links (`data-i18n`, see Profile.astro), not on each link.
 */
export const COPY_LINK_MESSAGES = {
  copy: 'pages.profile.copyLink',
  copyTo: 'pages.profile.copyLinkTo',
  copied: 'pages.profile.copied',
  failed: 'pages.profile.copyFailed',
} as const satisfies Record<string, MessageKey>;

/** The same button's words where it copies a snippet of code (a chart's embed HTML), not a link. */
export const COPY_CODE_MESSAGES = {
  copy: 'embed.copy',
  copyTo: 'embed.copyTo',
  copied: 'embed.copied',
  failed: 'embed.copyFailed',
} as const satisfies Record<keyof typeof COPY_LINK_MESSAGES, MessageKey>;
