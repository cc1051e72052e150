import anyAscii from 'any-ascii';
import { slug as githubSlug } from 'github-slugger';

/**
 * The stable slug of a city, used as its file name and URL:
 *   1. transliterate to ASCII with any-ascii ("São Paulo" -> "Sao Paulo", "Zürich" -> "Zurich",
 *      "Алматы" -> "Almaty", "北京" -> "BeiJing");
 *   2. github-slugger: lower-case, punctuation removed, spaces to hyphens ("sao-paulo");
 *   3. runs of hyphens collapsed and trimmed, so the result obeys the slug rule
 *      (lower-case ASCII letters and digits in words joined by single hyphens).
 * Returns "" when nothing is left (e.g. a name of punctuation only).
 */
export function citySlug(name: string): string {
  return githubSlug(anyAscii(name.normalize('NFC')))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}
