import { stringify } from 'yaml';
import { getEdition } from '../../questionnaire/index.ts';
import { FICTIONAL_RECIPES } from '../../questionnaire/fictional.ts';
import type { ClosedState, FieldKind } from '../../questionnaire/index.ts';
import { countryInfo, UN_REGIONS } from '../data/countries.ts';
import { countriesInRegion, placeInCountry } from './countries.ts';
import type { FictionalCountry } from './countries.ts';
import { inventedPerson, toCyrillic, uniqueCityName, withDiacritics } from './names.ts';
import { createRandom, mixSeed } from './random.ts';
import type { Random } from './random.ts';
import { paragraphs } from './text.ts';
import { fictionalForm } from './form.ts';
import { drawField, genericRecipe } from './recipe.ts';
import type { FictionalDraws, FictionalRecipe, GeneratedLinks, Profile } from './recipe.ts';
import type { TextContext } from './text.ts';

/*
 * The pure core of the fictional data generator: (count, seed) -> response files' data, deterministic.
 * Record i depends only on the seed, i and the names taken before it, so the first 193 records of a
 * 5,000-record set are the 193-record set. Every record says `fictional: true`; every URL and e-mail
 * is on the reserved `.example` domain (RFC 2606).
 */

/** The edition the demo is generated for: the one with the hand-tuned recipe. */
export const DEFAULT_EDITION = 2022;

export interface GeneratedResponse {
  readonly slug: string;
  readonly data: Record<string, unknown>;
  /** The fictional form it was "transcribed" from: file name (in the sources folder's `<edition>/`) and text. */
  readonly source: { readonly document: string; readonly text: string };
}

/** How often each region is drawn (the survey's 193 cities are spread roughly so). */
const REGION_WEIGHTS: Record<(typeof UN_REGIONS)[number], number> = { Africa: 26, Americas: 18, Asia: 26, Europe: 23, Oceania: 7 };

const CYRILLIC_COUNTRIES = new Set(['BG', 'BY', 'KG', 'KZ', 'MK', 'MN', 'RS', 'RU', 'TJ', 'UA']);
const DIACRITIC_COUNTRIES = new Set([
  'AO',
  'AR',
  'BE',
  'BF',
  'BJ',
  'BO',
  'BR',
  'CD',
  'CG',
  'CH',
  'CI',
  'CL',
  'CM',
  'CO',
  'CR',
  'CU',
  'CZ',
  'DO',
  'EC',
  'ES',
  'FR',
  'GA',
  'GN',
  'GT',
  'GW',
  'HN',
  'HT',
  'HU',
  'IS',
  'IT',
  'LU',
  'MG',
  'ML',
  'MX',
  'MZ',
  'NE',
  'NI',
  'PA',
  'PE',
  'PL',
  'PT',
  'PY',
  'RO',
  'SE',
  'SK',
  'SN',
  'SV',
  'TD',
  'TG',
  'TR',
  'UY',
  'VE',
  'VN',
]);

/** Field kinds every response file must give (see src/schemas/response.ts). */
const REQUIRED_KINDS: ReadonlySet<FieldKind> = new Set(['closed', 'choice']);

const clamp = (x: number, lo = 0, hi = 100) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

/** A closed answer. `gaps` scales the chance of a blank or unreadable box (checklists are usually filled in whole). */
function closed(random: Random, pYes: number, profile: Profile, gaps = 1): ClosedState {
  if (profile === 'illegible_scan' && random.chance(0.8)) return 'not_legible_in_source';
  if (profile === 'sparse' && random.chance(0.55)) return 'not_answered';
  const r = random.next();
  if (r < 0.08 * gaps) return 'not_answered';
  if (r < 0.12 * gaps) return 'not_legible_in_source';
  return random.chance(pYes) ? 'yes' : 'no';
}

function pickCountry(random: Random, index: number): FictionalCountry {
  // The first five cities cover the five regions, so even a tiny set is spread over all of them.
  const region = index < UN_REGIONS.length ? (UN_REGIONS[index] as (typeof UN_REGIONS)[number]) : random.weighted(REGION_WEIGHTS);
  return random.pick(countriesInRegion(region));
}

function person(random: Random, domain: string, title: string, organization: string): Record<string, string> {
  const { first, last } = inventedPerson(random);
  const p: Record<string, string> = { name: `${first} ${last}`, title, organization };
  if (random.chance(0.85)) p['email'] = `${first}.${last}@${domain}`.toLowerCase();
  if (random.chance(0.7)) p['phone'] = `+${random.int(1, 99)} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(1000, 9999)}`;
  return p;
}

function links(random: Random, domain: string, min: number, max: number): GeneratedLinks {
  const paths = [
    'services',
    'participate',
    'open-data',
    'procurement',
    'news',
    'strategy',
    'budget',
    'transport',
    'housing',
    'green',
    'emergency',
    'smart-city',
  ];
  const n = random.int(min, max);
  const out: GeneratedLinks = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const path = random.pick(paths);
    const url = `https://${random.chance(0.5) ? 'www.' : `${path}.`}${domain}/${path}${random.chance(0.3) ? `?lang=${random.pick(['en', 'fr', 'es', 'ru'])}` : ''}`;
    if (used.has(url)) continue;
    used.add(url);
    out.push(random.chance(0.2) ? { url, label: `${path.replace('-', ' ')} page` } : url);
  }
  return out;
}

/** The edition's own tuned recipe, or answers drawn from its definition alone. */
export function recipeFor(edition: number): FictionalRecipe {
  return FICTIONAL_RECIPES[edition] ?? genericRecipe(getEdition(edition));
}

/** One fictional response to `edition`. `taken` holds the slugs already used (it is updated). */
export function generateResponse(
  seed: number,
  index: number,
  taken: Set<string>,
  edition: number = DEFAULT_EDITION,
  recipe: FictionalRecipe = recipeFor(edition),
): GeneratedResponse {
  const random = createRandom(mixSeed(seed, index));
  const country = pickCountry(random, index);
  const info = countryInfo(country.code);
  const base = uniqueCityName(random, taken);
  // Accents go on the invented word, never on an English prefix ("Port Dravín", not "Pört Dravin").
  const words = base.name.split(' ');
  const name =
    DIACRITIC_COUNTRIES.has(country.code) && random.chance(0.4)
      ? [...words.slice(0, -1), withDiacritics(words.at(-1) as string, random)].join(' ')
      : base.name;
  const slug = base.slug;
  const localName = CYRILLIC_COUNTRIES.has(country.code) ? toCyrillic(base.name) : undefined;
  const domain = `${slug}.example`;
  const ctx: TextContext = { city: name, country: info.name, domain, countryCode: country.code };
  const text = (p: number, max = 3) => (random.chance(p) ? paragraphs(random, ctx, max) : undefined);
  const linkList = (p: number, min = 1, max = 3) => (random.chance(p) ? links(random, domain, min, max) : undefined);

  const profile: Profile = random.weighted({ ordinary: 82, illegible_scan: 9, sparse: 9 });
  // How far along the city is: drives yes-rates and percentages together, as real answers would be.
  const maturity = clamp(random.normal(0.55, 0.22), 0, 1);
  const yes = (bias = 0, gaps = 1) => closed(random, clamp(0.2 + 0.7 * maturity + bias, 0.02, 0.98), profile, gaps);
  const percent = (p: number, mean: number, sd: number) =>
    random.chance(p * (profile === 'sparse' ? 0.4 : 1)) ? round1(clamp(random.normal(mean, sd))) : undefined;

  const answers: Record<string, Record<string, unknown>> = {};
  const set = (qid: string, key: string, v: unknown) => {
    if (v === undefined) return;
    (answers[qid] ??= {})[key] = v;
  };

  const draws: FictionalDraws = {
    random,
    profile,
    maturity,
    cityName: name,
    slug,
    text,
    linkList,
    yes,
    percent,
    person: (title) => person(random, domain, title, `City of ${name}`),
    set,
  };
  recipe.answers(draws);
  // A question added to the edition after its recipe was tuned still gets its required (closed, choice) answers.
  for (const q of getEdition(edition).questions)
    for (const f of q.fields) if (REQUIRED_KINDS.has(f.kind) && answers[q.id]?.[f.key] === undefined) set(q.id, f.key, drawField(draws, f));

  // Fields the city asked to withhold: recorded, and left out of the file.
  const withheld: string[] = [];
  if (recipe.withholdable.length && random.chance(0.06)) {
    const path = random.pick(recipe.withholdable);
    const [s, n, field, part] = path.split('.') as [string, string, string, string | undefined];
    const q = answers[`${s}.${n}`];
    withheld.push(path);
    const value = q?.[field];
    if (part && isRecord(value)) delete value[part];
    else if (q) delete q[field];
  }

  const notes: Record<string, string> = {};
  if (profile === 'illegible_scan' && recipe.illegibleNote) notes[recipe.illegibleNote[0]] = recipe.illegibleNote[1];
  if (recipe.transcriberNotes.length && random.chance(0.15)) {
    const [questionIds, note] = random.pick(recipe.transcriberNotes);
    notes[random.pick(questionIds)] = note;
  }

  // Every question appears, in questionnaire order (an empty mapping where nothing was given).
  const ordered: Record<string, Record<string, unknown>> = {};
  for (const q of getEdition(edition).questions) {
    const given = answers[q.id] ?? {};
    ordered[q.id] = Object.fromEntries(q.fields.flatMap((f) => (given[f.key] === undefined ? [] : [[f.key, given[f.key]]])));
  }

  const day = random.int(0, 540);
  const submitted = new Date(Date.UTC(edition, 2, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const location = placeInCountry(country, random);

  const data: Record<string, unknown> = {
    edition,
    fictional: true,
    city: { name, ...(localName && localName !== name ? { local_name: localName } : {}), country: country.code, coordinates: location },
    submitted,
    source: {
      document: `${slug}.txt`,
      format: 'Fictional response generated for demonstration and testing',
      ...(profile === 'illegible_scan' ? { note: 'A poor scan: many of the ticked boxes cannot be read.' } : {}),
    },
    ...(withheld.length ? { withheld } : {}),
    ...(Object.keys(notes).length ? { notes } : {}),
    answers: ordered,
  };
  // Drawn last, so adding the form changed no earlier draw: half the forms came back as Word files with boxes.
  const form = fictionalForm(data, random.chance(0.5) ? 'ticked' : 'written', getEdition(edition));
  return { slug, data: { ...data, evidence: form.evidence }, source: { document: `${slug}.txt`, text: form.text } };
}

/** `count` fictional responses to `edition` from `seed`, in generation order. */
export function generateResponses(
  count: number,
  seed = 1,
  edition: number = DEFAULT_EDITION,
  recipe: FictionalRecipe = recipeFor(edition),
): GeneratedResponse[] {
  const taken = new Set<string>();
  const out: GeneratedResponse[] = [];
  for (let i = 0; i < count; i++) out.push(generateResponse(seed, i, taken, edition, recipe));
  return out;
}

/** The YAML text of one generated response file. */
export function responseYaml(response: GeneratedResponse, seed: number): string {
  const header = `# FICTIONAL demonstration data, generated by scripts/generate-fictional.ts (seed ${seed}).\n# Not a real city and not a real survey response.\n`;
  return header + stringify(response.data, { lineWidth: 0 });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
