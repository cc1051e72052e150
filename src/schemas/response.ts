import { z } from 'astro/zod';
import i18nCountries from 'i18n-iso-countries';
import { CLOSED_STATES, EDITIONS, fieldPaths, getEdition } from '../questionnaire/index.ts';
import type { EditionDef, FieldDef, QuestionDef } from '../questionnaire/index.ts';

/*
 * Zod schemas for one city's response, built from the questionnaire definition
 * so that a new question or edition needs no change here. Imports only astro/zod
 * (plus the country-code list) so vitest can use it without Astro.
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

const shortText = (description: string) => plainText(description).refine((s) => !s.includes('\n'), 'must be a single line');

export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' })
  .refine((s) => /^https?:\/\//i.test(s), 'must be an absolute http:// or https:// URL')
  .describe('An absolute http(s) URL.');

export const link = z
  .union([
    httpUrl,
    z
      .strictObject({
        url: httpUrl,
        label: shortText('What the link is, as the respondent described it.'),
      })
      .describe('A link with the label the respondent gave it.'),
  ])
  .describe('A URL, or a URL with a label.');

export const closedAnswer = z
  .enum(CLOSED_STATES, {
    error: `must be one of: ${CLOSED_STATES.join(', ')} (closed answers are never true/false)`,
  })
  .describe(
    'yes / no as the city answered; not_answered when left blank; not_legible_in_source when the form was returned but the chosen option cannot be read.',
  );

export const percent = z
  .number({ error: 'must be a number (a percentage, without the % sign)' })
  .min(0, 'a percentage must be between 0 and 100')
  .max(100, 'a percentage must be between 0 and 100')
  .describe('A percentage from 0 to 100, as stated by the city. Leave out when the city gave none.');

export const figure = z
  .strictObject({
    label: shortText('What the number counts, e.g. "Types of public services provided".'),
    value: z.number().describe('The number as stated (decimal commas converted to points).'),
    unit: shortText('Unit, e.g. "services", "%".').optional(),
    year: z.number().int().min(1990).max(2100).describe('Year the number refers to.').optional(),
  })
  .describe('A number quoted in the answer text, captured for comparison.');

export const email = z.email({ error: 'must be a valid e-mail address' }).describe('E-mail address.');

export const person = z
  .strictObject({
    name: shortText('Full name.').optional(),
    title: shortText('Job title.').optional(),
    organization: shortText('Organization.').optional(),
    email: email.optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()./-]{5,30}$/, 'must be a phone number (digits, spaces, + ( ) - . /)')
      .describe('Phone number as written.')
      .optional(),
  })
  .describe("An official's contact record. E-mail and phone are never indexed for search nor put in bulk downloads.");

export const account = z
  .strictObject({
    platform: shortText('Platform name as written, e.g. "Instagram".'),
    url: httpUrl,
  })
  .describe('A social media account.');

function fieldSchema(field: FieldDef, question: QuestionDef): z.ZodType {
  const where = `${question.id} ${field.label}`;
  switch (field.kind) {
    case 'closed':
      return closedAnswer.describe(`${where}: ${field.wording ?? question.wording} (${CLOSED_STATES.join(' | ')})`);
    case 'choice': {
      const values = [...(field.options ?? []).map((o) => o.value), 'not_answered', 'not_legible_in_source'];
      return z
        .enum(values as [string, ...string[]], { error: `must be one of: ${values.join(', ')}` })
        .describe(`${where}: one of ${values.join(', ')}`);
    }
    case 'text':
      return plainText(`${where}: free text, verbatim; paragraphs separated by a blank line.`).optional();
    case 'links':
      return z.array(link).describe(`${where}: links given by the city.`).optional();
    case 'percent':
      return percent.describe(`${where} (%), 0–100. Leave out when the city gave no number.`).optional();
    case 'figures':
      return z.array(figure).describe(`${where}: numbers quoted in the answer text.`).optional();
    case 'person':
      return person.describe(`${where}: name, title, organization, email, phone.`).optional();
    case 'accounts':
      return z.array(account).describe(`${where}: platform and URL of each account.`).optional();
  }
}

function questionSchema(question: QuestionDef) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of question.fields) shape[field.key] = fieldSchema(field, question);
  return z.strictObject(shape).describe(`${question.id}. ${question.wording}`);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = 'lower-case ASCII letters and digits in words joined by single hyphens, e.g. "sao-paulo"';
export const isSlug = (s: string) => SLUG.test(s);
/** Slugs taken by site routes under /cities/ (the paged index lives at /cities/page/<n>/). */
export const RESERVED_SLUGS: readonly string[] = ['page'];

/** ISO date YYYY-MM-DD; YAML timestamps are accepted and normalised. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'is not a real calendar date'),
);

export const countryCode = z
  .string({ error: 'must be an ISO 3166-1 alpha-2 country code, e.g. KZ' })
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. KZ')
  .refine((c) => i18nCountries.isValid(c), { message: 'is not an assigned ISO 3166-1 alpha-2 country code' })
  .describe('ISO 3166-1 alpha-2 code. The country name and UN M49 region are derived from it.');

export interface SchemaOptions {
  /** "Today" for the future-date check; defaults to now. */
  readonly today?: Date;
}

/** The schema of one response file for one edition. */
export function responseSchema(def: EditionDef, options: SchemaOptions = {}) {
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const answers: Record<string, z.ZodType> = {};
  for (const q of def.questions) answers[q.id] = questionSchema(q);
  const paths = new Set(fieldPaths(def.edition));
  const questionIds = def.questions.map((q) => q.id);
  return z
    .strictObject({
      edition: z.literal(def.edition).describe('Survey edition; must match the folder the file is in.'),
      fictional: z.boolean().describe('True for generated demonstration data. Real responses leave this out.').optional(),
      city: z
        .strictObject({
          name: shortText('City name as the city writes it in English.'),
          local_name: shortText('City name in the local language and script, if different.').optional(),
          country: countryCode,
          coordinates: z
            .strictObject({
              lat: z.number().min(-90).max(90).describe('Latitude in decimal degrees (WGS 84).'),
              lon: z.number().min(-180).max(180).describe('Longitude in decimal degrees (WGS 84).'),
            })
            .describe('City centre, for maps. Not part of the response.'),
        })
        .describe('The responding city.'),
      submitted: isoDate
        .refine((s) => s <= today, { message: `is in the future (today is ${today})` })
        .describe('Submission date of the response (YYYY-MM-DD).'),
      source: z
        .strictObject({
          document: shortText('File name of the document the city returned.'),
          format: shortText('What the document is, e.g. "text export of the filled-in form".'),
          note: plainText('Anything a reader should know about the source document.').optional(),
        })
        .describe('The document this content was transcribed from.'),
      withheld: z
        .array(z.string().refine((p) => paths.has(p), { message: `is not a field of this edition (e.g. "${[...paths].at(-1) ?? ''}")` }))
        .describe('Fields the city asked to withhold: they are left out of pages, search and downloads.')
        .optional(),
      notes: z
        .record(
          z.string().refine((k) => questionIds.includes(k), { message: 'is not a question id of this edition' }),
          plainText('Transcriber note for a question, e.g. how a closed answer was read.'),
        )
        .describe('Transcriber notes, by question id, shown beside the answer.')
        .optional(),
      answers: z.strictObject(answers).describe('The answers, by question id, in questionnaire order.'),
    })
    .describe(`A city's response to the ${def.title}.`);
}

export type ResponseData = z.output<ReturnType<typeof responseSchema>>;

/** Schemas for every known edition, keyed by edition year. */
export function responseSchemas(options: SchemaOptions = {}) {
  return Object.fromEntries(Object.values(EDITIONS).map((def) => [def.edition, responseSchema(def, options)]));
}

export function schemaForEdition(edition: number, options: SchemaOptions = {}) {
  return responseSchema(getEdition(edition), options);
}
