import { z } from 'astro/zod';
import { getEdition, PRIVATE_PERSON_PARTS } from '../../questionnaire/index.ts';
import { responseSchema } from '../../schemas/response.ts';
import { NUMERIC_INDICATORS } from '../indicators/index.ts';
import { MISSING_REASONS } from '../data/missing.ts';

/*
 * The zod schema of one response in the JSON downloads: the content-file schema (same field types,
 * same closed states, same strictness), with three differences —
 *   - every answer field may be missing (withheld fields are removed, closed ones included);
 *   - the derived facts `id`, `slug`, `country` and `profile` are added;
 *   - officials' e-mail and phone must be absent, and so must every withheld field.
 * Content files are checked against the plain schema; downloads are checked against this one.
 */

const derivedCountry = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  m49: z.string().regex(/^\d{3}$/),
  region: z.string().min(1),
  subregion: z.string().min(1),
});

export function exportedResponseSchema(edition: number) {
  const def = getEdition(edition);
  // Submission dates are checked against "today" when content is validated; here only the format matters.
  const base = responseSchema(def, { today: new Date('2100-01-01') });
  const answerShape = base.shape.answers.shape as Record<string, z.ZodObject>;
  const answers = z.strictObject(Object.fromEntries(Object.entries(answerShape).map(([id, q]) => [id, q.partial()])));
  return base
    .extend({
      id: z.string().regex(/^\d{4}\/[a-z0-9-]+$/),
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      fictional: z.boolean(),
      country: derivedCountry,
      answers,
      indicators: z.strictObject(Object.fromEntries(NUMERIC_INDICATORS.map((i) => [i.id, z.union([z.number(), z.enum(MISSING_REASONS)])]))),
      profile: z.string().regex(/^(https?:\/\/[^/]+)?\/cities\/[a-z0-9-]+\/(\d{4}\/)?$/),
    })
    .superRefine((r, ctx) => {
      if (r.id !== `${r.edition}/${r.slug}`) ctx.addIssue({ code: 'custom', message: `id ${r.id} is not edition/slug`, path: ['id'] });
      if (r.country.code !== r.city.country)
        ctx.addIssue({ code: 'custom', message: 'country.code differs from city.country', path: ['country'] });
      const answersById: Readonly<Record<string, Readonly<Record<string, unknown>>>> = r.answers;
      for (const q of def.questions) {
        for (const f of q.fields) {
          const value = answersById[q.id]?.[f.key];
          if (f.kind === 'person' && value && typeof value === 'object') {
            for (const part of PRIVATE_PERSON_PARTS) {
              if (part in value)
                ctx.addIssue({
                  code: 'custom',
                  message: `private contact ${part} must not be in a download`,
                  path: ['answers', q.id, f.key, part],
                });
            }
          }
        }
      }
      for (const path of r.withheld ?? []) {
        const [section, number, field, part] = path.split('.');
        const value = field ? answersById[`${section}.${number}`]?.[field] : undefined;
        const leaked = part ? value && typeof value === 'object' && part in value : value !== undefined;
        if (leaked) ctx.addIssue({ code: 'custom', message: `withheld field ${path} must not be in a download`, path: ['answers', path] });
      }
    });
}

/** Schemas for each edition's download records. */
export function exportedResponseSchemaFor(edition: number) {
  cache.set(edition, cache.get(edition) ?? exportedResponseSchema(edition));
  return cache.get(edition) as ReturnType<typeof exportedResponseSchema>;
}
const cache = new Map<number, ReturnType<typeof exportedResponseSchema>>();
