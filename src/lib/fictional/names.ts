import type { Random } from './random.ts';

/*
 * Invented place and person names built from syllables. Slugs are unique within one generated set;
 * the names are not meant to be (and mostly are not) real cities.
 */

const ONSETS = [
  'b',
  'br',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'k',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'z',
  'ch',
  'sh',
  'th',
] as const;
const VOWELS = ['a', 'a', 'e', 'e', 'i', 'o', 'o', 'u', 'ai', 'ea', 'io'] as const;
const CODAS = ['', '', '', '', 'n', 'r', 'l', 's', 'm', 'nd', 'x'] as const;
const PREFIXES = ['Port', 'Nova', 'Upper', 'Lower', 'Old', 'East', 'West', 'Lake', 'Mount'] as const;

function syllable(random: Random, coda: boolean): string {
  return random.pick(ONSETS) + random.pick(VOWELS) + (coda ? random.pick(CODAS) : '');
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A word of two or three syllables, e.g. "Tralvio". */
export function inventedWord(random: Random): string {
  const n = random.chance(0.7) ? 2 : 3;
  let w = '';
  // Only the last syllable closes with a consonant, which keeps names pronounceable ("Dravinor", "Tesal").
  for (let i = 0; i < n; i++) w += syllable(random, i === n - 1);
  return capitalize(w);
}

/** A city name: one invented word, sometimes with a prefix ("Port Dravin"). */
export function inventedCityName(random: Random): string {
  const word = inventedWord(random);
  return random.chance(0.12) ? `${random.pick(PREFIXES)} ${word}` : word;
}

export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A unique city name and slug: draws again while the slug is taken. */
export function uniqueCityName(random: Random, taken: Set<string>): { name: string; slug: string } {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const name = inventedCityName(random);
    const slug = slugOf(name);
    if (!taken.has(slug)) {
      taken.add(slug);
      return { name, slug };
    }
  }
  throw new Error('could not invent a unique city name');
}

export function inventedPerson(random: Random): { first: string; last: string } {
  return { first: inventedWord(random), last: inventedWord(random) };
}

const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'кс',
  y: 'ы',
  z: 'з',
};
const CYRILLIC_DIGRAPHS: Record<string, string> = { ch: 'ч', sh: 'ш', th: 'т' };

/** The name in Cyrillic, for cities in countries that write their names so. */
export function toCyrillic(name: string): string {
  let out = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const pair = lower.slice(i, i + 2);
    const c = lower[i] as string;
    const upper = name[i] !== c;
    let t: string;
    if (CYRILLIC_DIGRAPHS[pair]) {
      t = CYRILLIC_DIGRAPHS[pair];
      i++;
    } else t = CYRILLIC[c] ?? c;
    out += upper ? t.toUpperCase() : t;
  }
  return out;
}

/** The name with a diacritic or two, for cities in countries whose languages use them ("Tralvío"). */
export function withDiacritics(name: string, random: Random): string {
  const marks: Record<string, string[]> = { a: ['á', 'ã', 'â'], e: ['é', 'è', 'ê'], i: ['í', 'î'], o: ['ó', 'ô', 'ö'], u: ['ú', 'ü'] };
  const chars = [...name];
  const vowelsAt = chars.flatMap((c, i) => (marks[c] && i > 0 ? [i] : []));
  if (!vowelsAt.length) return name;
  const at = random.pick(vowelsAt);
  chars[at] = random.pick(marks[chars[at] as string] as string[]);
  return chars.join('');
}
