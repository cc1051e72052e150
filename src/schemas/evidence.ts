import { z } from 'astro/zod';
import type { EditionDef, QuestionDef } from '../questionnaire/index.ts';
import { plainText } from './primitives.ts';

/*
 * Where in the city's own document each answer was read, and how. A response file's `evidence`
 * block mirrors its `answers` block: question id -> field key -> the source lines (1-based, in the
 * document in content/sources/<edition>/), plus, for a yes/no, whether it was a ticked box or a
 * written Yes/No, and for a percentage the respondent's own words. The validator
 * (src/lib/validate/evidence.ts) checks every range against the source text.
 */

/** One inclusive range of 1-based source lines. */
export interface LineRange {
  readonly from: number;
  readonly to: number;
}

const RANGE = /^(\d+)(?:\s*[-–]\s*(\d+))?$/;
export const LINE_SPEC_RULE = 'a line number or ranges of lines, e.g. 194, "194-198" or "244-252, 256-262"';

/** `"244-252, 256"` -> ranges; null when the text is not a line spec (ranges must ascend and not overlap). */
export function parseLineSpec(spec: string | number): LineRange[] | null {
  const parts = String(spec)
    .split(',')
    .map((p) => p.trim());
  const ranges: LineRange[] = [];
  for (const part of parts) {
    const m = RANGE.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    const previous = ranges.at(-1);
    if (from < 1 || to < from || (previous && from <= previous.to)) return null;
    ranges.push({ from, to });
  }
  return ranges.length ? ranges : null;
}

/** Ranges written back the way a content file spells them: `194-198, 200`. */
export const formatLineSpec = (ranges: readonly LineRange[]): string =>
  ranges.map((r) => (r.from === r.to ? String(r.from) : `${String(r.from)}-${String(r.to)}`)).join(', ');

export const lineSpec = z
  .union([z.number().int(), z.string()])
  .transform((spec, ctx) => {
    const ranges = parseLineSpec(spec);
    if (!ranges) {
      ctx.addIssue({ code: 'custom', message: `must be ${LINE_SPEC_RULE}, in ascending order without overlaps` });
      return z.NEVER;
    }
    return ranges;
  })
  .describe(`Source lines: ${LINE_SPEC_RULE}.`);

/** How a yes/no was read. Transcriber inference is not a basis: a yes/no neither ticked nor written is refused. */
export const CLOSED_BASES = ['ticked', 'written'] as const;
export type ClosedBasis = (typeof CLOSED_BASES)[number];
export const closedBasis = z
  .enum(CLOSED_BASES, { error: `must be one of: ${CLOSED_BASES.join(', ')}` })
  .describe('ticked: a box marked in the source; written: the respondent wrote Yes or No in the text.');

const evidenceRecord = z.strictObject({
  lines: lineSpec,
  basis: closedBasis.optional(),
  quote: plainText('The respondent’s words a percentage was read from, verbatim.').optional(),
  quotes: z
    .array(plainText('The respondent’s words one figure was read from, verbatim.'))
    .describe('For figures: the respondent’s words each figure was read from, one per figure, in order.')
    .optional(),
});

/** A field's evidence: bare lines (`194-198`), or a mapping with `lines` and, where it applies, `basis`, `quote` or `quotes`. */
export const fieldEvidence = z
  .union([lineSpec.transform((lines): z.output<typeof evidenceRecord> => ({ lines })), evidenceRecord])
  .describe('Where the answer is in the source document, and how it was read.');
export type FieldEvidence = z.output<typeof fieldEvidence>;

function questionEvidence(question: QuestionDef) {
  const shape: Record<string, z.ZodOptional<typeof fieldEvidence>> = {};
  for (const field of question.fields) shape[field.key] = fieldEvidence.optional();
  return z.strictObject(shape).describe(`Evidence for ${question.id}, by field.`);
}

/** The `evidence` block of one edition's response files. */
export function evidenceSchema(def: EditionDef) {
  const shape: Record<string, z.ZodOptional<typeof lineSpec> | z.ZodOptional<ReturnType<typeof questionEvidence>>> = {
    city: lineSpec.describe('Lines naming the city and country.').optional(),
    submitted: lineSpec.describe('The line giving the submission date.').optional(),
  };
  for (const q of def.questions) shape[q.id] = questionEvidence(q).optional();
  return z.strictObject(shape).describe('Where each answer is in the source document: question id -> field key -> lines.');
}
export type EvidenceData = z.output<ReturnType<typeof evidenceSchema>>;

/** The block as the site uses it: metadata lines, and each field's evidence by question id and field key. */
export interface ResponseEvidence {
  readonly city?: readonly LineRange[];
  readonly submitted?: readonly LineRange[];
  readonly fields: Readonly<Record<string, Readonly<Record<string, FieldEvidence>>>>;
  /** Lines of withheld fields, by field path (`I.3.cio`): not evidence the site shows, but what the source page must redact. */
  readonly withheld?: Readonly<Record<string, readonly LineRange[]>>;
}

/** Validated `evidence` data -> ResponseEvidence (metadata keys apart from question ids; withheld fields left out). */
export function readEvidence(def: EditionDef, block: EvidenceData = {}, withheld: readonly string[] = []): ResponseEvidence {
  const fields: Record<string, Record<string, FieldEvidence>> = {};
  const withheldLines: Record<string, readonly LineRange[]> = {};
  for (const q of def.questions) {
    const given = block[q.id];
    if (!given || Array.isArray(given)) continue;
    const byKey: Record<string, FieldEvidence> = {};
    for (const [key, evidence] of Object.entries(given)) {
      if (!evidence) continue;
      const path = `${q.id}.${key}`;
      // A withheld part (`I.3.cio.email`) has no lines of its own: its whole field's lines are redacted.
      if (withheld.some((w) => w === path || w.startsWith(`${path}.`))) withheldLines[path] = evidence.lines;
      if (!withheld.includes(path)) byKey[key] = evidence;
    }
    fields[q.id] = byKey;
  }
  const meta = (key: 'city' | 'submitted') => {
    const lines = block[key];
    return Array.isArray(lines) ? { [key]: lines } : {};
  };
  return { ...meta('city'), ...meta('submitted'), fields, ...(Object.keys(withheldLines).length ? { withheld: withheldLines } : {}) };
}

/** Every range of a response's evidence, with what it is evidence for (`I.3.cio`, `city`). */
export function evidenceEntries(evidence: ResponseEvidence): { readonly path: string; readonly lines: readonly LineRange[] }[] {
  const out: { path: string; lines: readonly LineRange[] }[] = [];
  if (evidence.city) out.push({ path: 'city', lines: evidence.city });
  if (evidence.submitted) out.push({ path: 'submitted', lines: evidence.submitted });
  for (const [qid, byKey] of Object.entries(evidence.fields))
    for (const [key, e] of Object.entries(byKey)) out.push({ path: `${qid}.${key}`, lines: e.lines });
  return out;
}
