import type { Random } from './random.ts';

/*
 * Paragraphs of plausible answer text for fictional cities. Some sentences carry accents or Cyrillic,
 * and some mention a URL on the reserved `.example` domain, so pages exercise linkify and non-Latin text.
 */

export interface TextContext {
  readonly city: string;
  readonly country: string;
  readonly domain: string;
  /** ISO alpha-2 code of the country, which decides whether a sentence in a local language may appear. */
  readonly countryCode: string;
}

const SENTENCES: readonly string[] = [
  'The city of {city} adopted its digital programme in {year}, coordinated by the municipal department of digital services.',
  'Residents can follow the progress of each request online and receive notifications by e-mail or text message.',
  'In {year}, {n} new services were moved online after consultations with residents and civil society organizations.',
  'The municipality works with the national government of {country} on shared platforms for identity and payments.',
  'A public dashboard at https://data.{domain}/dashboard publishes monthly figures on service use.',
  'Training sessions for {n} municipal officials covered data protection, accessibility and plain-language writing.',
  'The initiative pays special attention to older persons, persons with disabilities and residents without internet access.',
  'Neighbourhood service centres offer assisted access to online services for those who need help.',
  'Open data sets on transport, budget and air quality are published under an open licence.',
  'The programme is evaluated every year and the results are presented to the city council.',
  'A mobile application gives access to {n} services and to alerts in emergencies.',
  'Partnerships with universities and local companies support pilots of new technologies such as sensors and data analytics.',
  'More information is available at https://www.{domain}/en/digital and in the annual report.',
  'Citizens proposed {n} projects through the participatory budgeting platform, of which a third were funded.',
];

/** A sentence quoted in a local language, for countries that use it (accents and Cyrillic in the text). */
const LOCAL_SENTENCES: readonly [countries: string, sentence: string][] = [
  [
    'FR BE CH LU SN CI ML BF NE TD CM GA CG CD BJ TG GN MG HT',
    'Le programme « Ville numérique » associe les quartiers, les associations et les écoles à la conception des services.',
  ],
  [
    'ES MX AR CO PE CL VE EC BO PY UY CU DO GT HN NI SV CR PA',
    'La participación ciudadana se organiza en línea y en las oficinas de atención de cada distrito.',
  ],
  ['RU BY KZ KG TJ', 'Программа «Цифровой город» охватывает электронные услуги, открытые данные и обучение сотрудников.'],
  ['PT BR AO MZ GW', 'A participação dos moradores é registada numa plataforma pública, com relatórios trimestrais.'],
  ['DE AT CH', 'Die Stadtverwaltung veröffentlicht Haushalts- und Verkehrsdaten regelmäßig im Open-Data-Portal.'],
];

function fill(template: string, ctx: TextContext, random: Random): string {
  return template
    .replaceAll('{city}', ctx.city)
    .replaceAll('{country}', ctx.country)
    .replaceAll('{domain}', ctx.domain)
    .replaceAll('{year}', String(random.int(2015, 2022)))
    .replaceAll('{n}', String(random.int(3, 240)));
}

/** One to `maxParagraphs` paragraphs of two to four sentences, separated by blank lines. */
export function paragraphs(random: Random, ctx: TextContext, maxParagraphs = 3): string {
  const count = random.int(1, maxParagraphs);
  const out: string[] = [];
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    const n = random.int(2, 4);
    for (let s = 0; s < n; s++) sentences.push(fill(random.pick(SENTENCES), ctx, random));
    const local = LOCAL_SENTENCES.find(([codes]) => codes.split(' ').includes(ctx.countryCode));
    if (local && random.chance(0.3)) sentences.push(local[1]);
    out.push(sentences.join(' '));
  }
  return out.join('\n\n');
}
