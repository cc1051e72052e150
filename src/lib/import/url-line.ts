import { BULLET } from './lines.ts';

/*
 * The shape of an answer line that holds URLs: only URLs, a URL then its label
 * ("https://… - Digital strategy"), a label then its URL ("Facebook: https://…"),
 * or URLs inside a sentence (kept in the text, linked when shown).
 */

export type UrlLine =
  | { readonly shape: 'bare'; readonly urls: readonly string[] }
  | { readonly shape: 'url-label' | 'label-url'; readonly url: string; readonly label: string }
  | { readonly shape: 'in-sentence'; readonly urls: readonly string[] };

const URL = /\bhttps?:\/\/[^\s<>"«»]+/gi;
const TRAILING_URL_PUNCT = /[.,;:!?'"]+$/;
const LABEL_FIRST = /^(.{1,80}?)\s*(?::|[-–—]|\()\s*https?:\/\/\S+?\)?$/i;

export function cleanUrl(url: string): string {
  let u = url.replace(TRAILING_URL_PUNCT, '');
  // A closing parenthesis belongs to the URL only when it opened one.
  while (u.endsWith(')') && !u.slice(0, -1).includes('(')) u = u.slice(0, -1);
  return u;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The URLs of a line and how they sit in it; null when the line has none. */
export function readUrlLine(text: string): UrlLine | null {
  const urls = [...text.matchAll(URL)].map((m) => cleanUrl(m[0]));
  const first = urls[0];
  if (first === undefined) return null;
  const rest = text
    .replace(URL, ' ')
    .replace(/[\s,;()<>]+/g, ' ')
    .trim();
  if (!rest) return { shape: 'bare', urls };
  if (urls.length === 1) {
    const urlFirst = new RegExp(`^${escapeRegExp(first)}\\S*\\s*[-–—]\\s+(.+)$`).exec(text);
    if (urlFirst) return { shape: 'url-label', url: first, label: (urlFirst[1] ?? '').trim() };
    const labelFirst = LABEL_FIRST.exec(text);
    if (labelFirst) return { shape: 'label-url', url: first, label: (labelFirst[1] ?? '').replace(BULLET, '').trim() };
  }
  return { shape: 'in-sentence', urls };
}
