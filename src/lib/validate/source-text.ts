/*
 * How an answer's words are found in the source document. The text export wraps URLs in <…>, marks
 * bold with **…**, puts footnote superscripts (¹²³) after defined terms and wraps paragraphs over
 * several lines; a transcription keeps the respondent's words but none of that. Both sides are
 * normalised the same way before looking for one in the other.
 */

const ANGLE_URL = /<((?:https?|mailto):[^<>\s]*)>/g;
const BOLD = /\*\*|__/g;
const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const LIST_BULLET = /^\s*[-*•]\s+/gm;

/** Text with Markdown markers, footnote marks and line wrapping taken out; whitespace collapsed. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(ANGLE_URL, '$1')
    .replace(BOLD, '')
    .replace(SUPERSCRIPTS, '')
    .replace(LIST_BULLET, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `words` (an answer, a quote, a URL) appear in `source`, both normalised. */
export const appearsIn = (words: string, source: string): boolean => normaliseForMatch(source).includes(normaliseForMatch(words));

/** Whether the word Yes or No (`value`) is written on the lines, as a word, in any case. */
export const hasWrittenWord = (value: 'yes' | 'no', source: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${value}(?![\\p{L}\\p{N}])`, 'iu').test(source);
