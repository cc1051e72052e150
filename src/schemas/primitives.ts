import { z } from 'astro/zod';

/*
 * Schema building blocks shared by the response schema and the field kinds (src/fields). Imports
 * only astro/zod, so every module of the registry can use them without a cycle.
 */

/** HTML tags or comments in free text. Text is always rendered as text; we reject markup so nobody relies on it. */
// A tag name followed by whitespace, a slash (`<svg/onload=…>`) or `>`; `<https://…>` autolinks are not tags.
const HTML_TAG = /<\/?[A-Za-z][\w-]*(?:[\s/][^<>]*)?>|<!--/;
/** Bidirectional embedding/override controls can disguise text; isolates (U+2066–2069) are allowed. */
const BIDI_OVERRIDE = /[\u202A-\u202E]/;

export const plainText = (description: string) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty (leave the field out if there is no answer)')
    .refine((s) => !HTML_TAG.test(s), {
      message: 'HTML is not allowed in free text: write plain text (URLs are linked automatically)',
    })
    .refine((s) => !BIDI_OVERRIDE.test(s), {
      message: 'contains a bidirectional override character (U+202A–U+202E), which can disguise text',
    })
    .describe(description);

export const shortText = (description: string) => plainText(description).refine((s) => !s.includes('\n'), 'must be a single line');

export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' })
  .refine((s) => /^https?:\/\//i.test(s), 'must be an absolute http:// or https:// URL')
  .describe('An absolute http(s) URL.');
