import { z } from 'astro/zod';
import i18nCountries from 'i18n-iso-countries';
import { EDITIONS, fieldPaths, getEdition } from '../questionnaire/index.ts';
import { fieldSchema } from '../fields/index.ts';
import { plainText, shortText } from './primitives.ts';
import { evidenceSchema } from './evidence.ts';
import type { EditionDef, QuestionDef } from '../questionnaire/index.ts';

export { httpUrl, plainText, shortText } from './primitives.ts';

/*
 * Zod schemas for one city's response, built from the questionnaire definition
 * so that a new question or edition needs no change here. Imports only astro/zod
 * (plus the country-code list) so vitest can use it without Astro.
 */

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
          document: shortText(
            'File name of the document the city returned, in content/sources/<edition>/ (the folder of source documents beside the responses).',
          ).refine((name) => /^[^/\\]+$/.test(name) && !name.startsWith('.'), 'must be a plain file name, without folders'),
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
      evidence: evidenceSchema(def).optional(),
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
