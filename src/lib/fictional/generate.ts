import { stringify } from 'yaml';
import { getEdition, STRATEGY_ITEMS } from '../../questionnaire/index.ts';
import type { ClosedState } from '../../questionnaire/index.ts';
import { countryInfo, UN_REGIONS } from '../data/countries.ts';
import { countriesInRegion, placeInCountry } from './countries.ts';
import type { FictionalCountry } from './countries.ts';
import { inventedPerson, toCyrillic, uniqueCityName, withDiacritics } from './names.ts';
import { createRandom, mixSeed } from './random.ts';
import type { Random } from './random.ts';
import { paragraphs, TRANSCRIBER_NOTES } from './text.ts';
import type { TextContext } from './text.ts';

/*
 * The pure core of the fictional data generator: (count, seed) -> response files' data, deterministic.
 * Record i depends only on the seed, i and the names taken before it, so the first 193 records of a
 * 5,000-record set are the 193-record set. Every record says `fictional: true`; every URL and e-mail
 * is on the reserved `.example` domain (RFC 2606).
 */

export const EDITION = 2022;

export interface GeneratedResponse {
  readonly slug: string;
  readonly data: Record<string, unknown>;
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

const PLATFORMS = ['Facebook', 'Instagram', 'X', 'YouTube', 'Telegram', 'LinkedIn', 'TikTok', 'WhatsApp', 'VK'] as const;
const WITHHOLDABLE = [
  'I.3.cio.phone',
  'I.3.cio.email',
  'IX.1.respondent.phone',
  'IX.1.respondent.email',
  'III.3.percent',
  'I.3.cio',
] as const;

/** Kinds of city, which shape how their answers look. */
type Profile = 'ordinary' | 'illegible_scan' | 'sparse';

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

function links(random: Random, domain: string, min: number, max: number): (string | { url: string; label: string })[] {
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
  const out: (string | { url: string; label: string })[] = [];
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

/** One fictional response. `taken` holds the slugs already used (it is updated). */
export function generateResponse(seed: number, index: number, taken: Set<string>): GeneratedResponse {
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

  // I. Institutional framework
  set('I.1', 'portals', linkList(0.92, 1, 3));
  set('I.2', 'e_services', linkList(0.7, 1, 2));
  set('I.2', 'e_participation', linkList(0.5, 1, 2));
  set('I.2', 'open_government_data', linkList(0.45, 1, 2));
  set('I.2', 'public_procurement', linkList(0.4, 1, 1));
  set('I.2', 'other', linkList(0.3, 1, 3));
  if (random.chance(0.8))
    set(
      'I.3',
      'cio',
      person(
        random,
        domain,
        random.pick(['Chief Information Officer', 'Chief Digital Officer', 'Head of the Digital Services Department']),
        `City of ${name}`,
      ),
    );
  set('I.3', 'national_link', text(0.55, 1));

  // II. Legal framework
  set('II.1', 'national', yes(0.2));
  set('II.1', 'local', yes(-0.1));
  set('II.1', 'adoption', text(0.65, 2));

  // III. Strategy
  const strategy = yes(0.05);
  set('III.1', 'answer', strategy);
  set('III.1', 'explanation', text(strategy === 'yes' ? 0.7 : 0.2));
  set('III.1', 'links', strategy === 'yes' ? linkList(0.6, 1, 2) : undefined);
  STRATEGY_ITEMS.forEach(([key], i) => {
    // Later items in the checklist are less common; without a strategy most items are "no".
    const bias = strategy === 'yes' ? 0.1 - i * 0.03 : -0.5;
    set('III.2', key, yes(bias, 0.15));
  });
  set('III.2', 'explanation', text(strategy === 'yes' ? 0.5 : 0.1, 2));
  set('III.2', 'links', linkList(0.3, 1, 2));
  if (random.chance(profile === 'sparse' ? 0.3 : 0.68))
    set('III.3', 'percent', Math.round(clamp(Math.exp(random.normal(0.2, 0.9)), 0.01, 40) * 100) / 100);
  set('III.3', 'explanation', text(0.6));
  set('III.3', 'links', linkList(0.2, 1, 1));
  set('III.4', 'answer', yes(0.15));
  set('III.4', 'explanation', text(0.4, 1));
  set('III.4', 'links', linkList(0.5, 1, 1));
  for (const qid of ['III.5', 'III.6', 'III.7', 'III.8', 'III.9']) {
    set(qid, 'explanation', text(profile === 'sparse' ? 0.3 : 0.75));
    set(qid, 'links', linkList(0.5, 1, 3));
  }

  // IV. Usage of online services
  set('IV.1', 'percent', percent(0.8, 25 + 60 * maturity, 14));
  if (random.chance(0.15))
    set('IV.1', 'figures', [{ label: 'Types of public services provided', value: random.int(40, 400), unit: 'services', year: 2022 }]);
  set('IV.1', 'explanation', text(0.6));
  set('IV.1', 'links', linkList(0.4, 1, 2));
  set('IV.2', 'percent', percent(0.62, 5 + 55 * maturity, 15));
  set('IV.2', 'explanation', text(0.45, 1));
  set('IV.2', 'links', linkList(0.3, 1, 2));
  const stats = yes(0.1);
  set('IV.3', 'answer', stats);
  set('IV.4', 'answer', stats === 'no' ? random.pick<ClosedState>(['no', 'no', 'not_answered']) : yes(-0.1));
  set('IV.4', 'explanation', text(0.35, 1));
  set('IV.4', 'links', linkList(0.3, 1, 1));

  // V. User satisfaction
  const measured = yes(-0.05);
  set('V.1', 'answer', measured);
  set('V.2', 'answer', measured === 'no' ? random.pick<ClosedState>(['no', 'no', 'not_answered']) : yes(-0.15));
  set('V.2', 'explanation', text(0.35, 1));
  set('V.2', 'links', linkList(0.25, 1, 1));
  set('V.3', 'percent', measured === 'no' ? undefined : percent(0.6, 55 + 30 * maturity, 14));
  set('V.3', 'explanation', text(0.4, 1));

  // VI. Social media
  set('VI.1', 'explanation', text(0.7, 2));
  set('VI.1', 'links', linkList(0.25, 1, 2));
  if (random.chance(profile === 'sparse' ? 0.4 : 0.82)) {
    const count = random.int(1, 6);
    const platforms = new Set<string>();
    for (let i = 0; i < count; i++) platforms.add(random.pick(PLATFORMS));
    set(
      'VI.1',
      'accounts',
      [...platforms].map((platform) => ({ platform, url: `https://${platform.toLowerCase()}.example/${slug}` })),
    );
  }

  // VII. Crisis response
  const crisis = yes(0.05);
  set('VII.1', 'answer', crisis);
  set('VII.1', 'explanation', text(crisis === 'yes' ? 0.7 : 0.2));
  set('VII.1', 'links', crisis === 'yes' ? linkList(0.6, 1, 2) : undefined);

  // VIII. Smart city
  for (const [qid, bias] of [
    ['VIII.1', -0.1],
    ['VIII.2', -0.2],
  ] as const) {
    const a = yes(bias);
    set(qid, 'answer', a);
    set(qid, 'explanation', text(a === 'yes' ? 0.65 : 0.15));
    set(qid, 'links', a === 'yes' ? linkList(0.5, 1, 2) : undefined);
  }

  // IX. Respondent
  if (random.chance(0.85))
    set(
      'IX.1',
      'respondent',
      person(
        random,
        domain,
        random.pick(['Head of Digital Transformation', 'Senior Analyst', 'Director of Information Technology']),
        `City of ${name}`,
      ),
    );
  const status =
    profile === 'illegible_scan'
      ? 'not_legible_in_source'
      : random.weighted({ authorized_fully_knowledgeable: 70, not_full_information: 12, mostly_own_opinion: 6, other: 5, not_answered: 7 });
  set('IX.1', 'status', status);
  if (status === 'other') set('IX.1', 'status_other', "Answered jointly by the digital department and the mayor's office.");

  // Fields the city asked to withhold: recorded, and left out of the file.
  const withheld: string[] = [];
  if (random.chance(0.06)) {
    const path = random.pick(WITHHOLDABLE);
    const [s, n, field, part] = path.split('.') as [string, string, string, string | undefined];
    const q = answers[`${s}.${n}`];
    withheld.push(path);
    const value = q?.[field];
    if (part && isRecord(value)) delete value[part];
    else if (q) delete q[field];
  }

  const notes: Record<string, string> = {};
  if (profile === 'illegible_scan') notes['III.2'] = 'The scan of the checklist is too faint to read which items were checked.';
  if (random.chance(0.15)) {
    const [questionIds, note] = random.pick(TRANSCRIBER_NOTES);
    notes[random.pick(questionIds)] = note;
  }

  // Every question appears, in questionnaire order (an empty mapping where nothing was given).
  const ordered: Record<string, Record<string, unknown>> = {};
  for (const q of getEdition(EDITION).questions) {
    const given = answers[q.id] ?? {};
    ordered[q.id] = Object.fromEntries(q.fields.flatMap((f) => (given[f.key] === undefined ? [] : [[f.key, given[f.key]]])));
  }

  const day = random.int(0, 540);
  const submitted = new Date(Date.UTC(2022, 2, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const location = placeInCountry(country, random);

  const data: Record<string, unknown> = {
    edition: EDITION,
    fictional: true,
    city: { name, ...(localName && localName !== name ? { local_name: localName } : {}), country: country.code, coordinates: location },
    submitted,
    source: {
      document: `${slug}-lgq-${EDITION}.txt`,
      format: 'Fictional response generated for demonstration and testing',
      ...(profile === 'illegible_scan' ? { note: 'A poor scan: many of the ticked boxes cannot be read.' } : {}),
    },
    ...(withheld.length ? { withheld } : {}),
    ...(Object.keys(notes).length ? { notes } : {}),
    answers: ordered,
  };
  return { slug, data };
}

/** `count` fictional responses from `seed`, in generation order. */
export function generateResponses(count: number, seed = 1): GeneratedResponse[] {
  const taken = new Set<string>();
  const out: GeneratedResponse[] = [];
  for (let i = 0; i < count; i++) out.push(generateResponse(seed, i, taken));
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
