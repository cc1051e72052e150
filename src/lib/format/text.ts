import { localeTagFromEnv } from '../../i18n/env.ts';
import { i18n } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';

/** Pure helpers that turn plain answer text into renderable pieces. Nothing here produces HTML strings. */

export type TextPiece = { readonly kind: 'text'; readonly value: string } | { readonly kind: 'link'; readonly url: string };

/** Paragraphs are separated by one or more blank lines; single line breaks inside a paragraph are kept as spaces. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"«»]+/gi;
/** Punctuation that ends a sentence rather than a URL. */
const TRAILING = /[.,;:!?)\]'"]+$/;

/** Split a paragraph into text and http(s) links, so URLs in free text become real links. */
export function linkify(paragraph: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(URL_IN_TEXT)) {
    let url = match[0];
    const trail = TRAILING.exec(url)?.[0] ?? '';
    // Keep a closing parenthesis that belongs to the URL, e.g. Wikipedia-style links.
    const keepParen = trail.startsWith(')') && url.includes('(');
    if (trail && !keepParen) url = url.slice(0, -trail.length);
    const start = match.index ?? 0;
    if (start > last) pieces.push({ kind: 'text', value: paragraph.slice(last, start) });
    pieces.push({ kind: 'link', url });
    last = start + url.length;
  }
  if (last < paragraph.length) pieces.push({ kind: 'text', value: paragraph.slice(last) });
  return pieces;
}

/** The host a link points to, shown beside it so readers see where it goes. */
export function urlHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Every http(s) URL in a text. */
export function urlsInText(text: string): string[] {
  return linkify(text.replace(/\s+/g, ' ')).flatMap((p) => (p.kind === 'link' ? [p.url] : []));
}

/**
 * An e-mail address split for display as "name at domain dot kz": readable aloud by screen
 * readers and by people, not a `mailto:` that harvesters collect.
 */
export function spokenEmail(email: string, text: I18n = i18n): string {
  const [user = '', domain = ''] = email.split('@');
  return text.t('common.spokenEmail', { user, domain: domain.split('.').join(text.t('common.spokenDot')) });
}

/** Dates in content are YYYY-MM-DD; show them as "3 May 2023" (in English). */
export function formatDate(iso: string, text: I18n = i18n): string {
  return text.date(iso);
}

/*
 * Numbers are formatted in client scripts too (the compare page), so these two use Intl with the
 * build's locale tag rather than the catalogue (which client bundles must not carry).
 */
const percentFormat = new Intl.NumberFormat(localeTagFromEnv(), { maximumFractionDigits: 2 });
export function formatPercent(value: number): string {
  return `${percentFormat.format(value)}%`;
}

const numberFormat = new Intl.NumberFormat(localeTagFromEnv());
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
