/*
 * Whether a quote contains a number in some written form. The rule, kept pragmatic:
 * - the digits as stored, with a decimal point or a decimal comma (93.3, 93,3; 0.71; 85,13);
 * - large numbers with thousands grouped by a comma, point, space, no-break space or apostrophe
 *   (14,500,000; 14 500 000; 14.500.000; 14'500'000) or not grouped at all (14500000);
 * - a number of thousands, millions or billions followed by its word (14.5 million, 14,5 mln,
 *   13 million, 2 bn, 120 thousand);
 * each standing alone: not part of a longer number (1165 does not contain 165).
 */

const SCALES: readonly { readonly factor: number; readonly words: string }[] = [
  { factor: 1e3, words: 'thousand|thousands' },
  { factor: 1e6, words: 'million|millions|mln' },
  { factor: 1e9, words: 'billion|billions|bn' },
];
const GROUP_SEPARATORS = [',', '.', ' ', '\u00a0', '\u202f', "'"];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The plain decimal spelling of a number, without exponent or float noise: 14.5, 0.71, 14500000. */
function decimal(n: number): string {
  return String(Number(n.toFixed(6)));
}

/** The written forms of a number, as regular-expression sources. */
export function numberPatterns(value: number): string[] {
  const abs = Math.abs(value);
  const plain = decimal(abs);
  const [int = '', frac] = plain.split('.');
  const withComma = (s: string) => s.replace('.', ',');
  const forms = new Set<string>([escape(plain), escape(withComma(plain))]);
  if (int.length > 3) {
    for (const sep of GROUP_SEPARATORS) {
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
      const decimalMark = sep === '.' ? ',' : '.';
      forms.add(escape(frac === undefined ? grouped : `${grouped}${decimalMark}${frac}`));
    }
  }
  for (const { factor, words } of SCALES) {
    const scaled = abs / factor;
    if (scaled < 1 || decimal(scaled).length > 7) continue;
    const s = decimal(scaled);
    forms.add(`(?:${escape(s)}|${escape(withComma(s))})\\s*(?:${words})(?![\\p{L}])`);
  }
  const sign = value < 0 ? '[-−–]\\s*' : '';
  return [...forms].map((f) => `${sign}${f}`);
}

/** Whether `text` contains `value` written in one of the forms above, standing alone. */
export function containsNumber(text: string, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const before = '(?<![\\d])(?<![\\d][.,])';
  const after = '(?![\\d])(?![.,][\\d])';
  return numberPatterns(value).some((p) => new RegExp(`${before}${p}${after}`, 'iu').test(text));
}
