import { describe, expect, it } from 'vitest';
import { generateResponses } from '../../../../src/lib/fictional/generate.ts';
import { fictionalForm } from '../../../../src/lib/fictional/form.ts';
import { getEdition } from '../../../../src/questionnaire/index.ts';
import { fieldEvidence, lineSpec } from '../../../../src/schemas/evidence.ts';
import type { LineRange } from '../../../../src/schemas/evidence.ts';

const def = getEdition(2022);
const generated = generateResponses(60, 11);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const linesOf = (text: string, ranges: readonly LineRange[]) => {
  const all = text.split('\n');
  return ranges.flatMap((r) => all.slice(r.from - 1, r.to)).join('\n');
};

/** Every value's words, as they must appear on its evidence lines. */
function expectedWords(kind: string, value: unknown): string[] {
  if (typeof value === 'string' && kind === 'text') return value.split(/\n\s*\n/);
  if (kind === 'links' && Array.isArray(value)) return value.map((l) => (isRecord(l) ? String(l['url']) : String(l)));
  if (kind === 'accounts' && Array.isArray(value)) return value.map((a) => (isRecord(a) ? String(a['url']) : ''));
  if (kind === 'person' && isRecord(value)) return Object.values(value).map(String);
  if (kind === 'percent') return [`${String(value)}%`];
  return [];
}

describe('fictional source forms', () => {
  it('put every answer on the lines its evidence names, with a basis for each Yes/No that the lines show', () => {
    let checked = 0;
    for (const r of generated) {
      const answers = r.data['answers'] as Record<string, Record<string, unknown>>;
      const evidence = r.data['evidence'] as Record<string, Record<string, unknown>>;
      for (const q of def.questions) {
        for (const f of q.fields) {
          const value = answers[q.id]?.[f.key];
          const stored = evidence[q.id]?.[f.key];
          const answered = value !== undefined && value !== 'not_answered' && !(Array.isArray(value) && value.length === 0);
          expect(stored !== undefined, `${r.slug} ${q.id}.${f.key}`).toBe(answered);
          if (stored === undefined) continue;
          const entry = fieldEvidence.parse(stored);
          const lines = linesOf(r.source.text, entry.lines);
          for (const words of expectedWords(f.kind, value)) expect(lines, `${r.slug} ${q.id}.${f.key}`).toContain(words);
          if (value === 'yes' || value === 'no') {
            expect(entry.basis, `${r.slug} ${q.id}.${f.key}`).toBeDefined();
            if (entry.basis === 'ticked') expect(lines).toMatch(/☒|☐/);
            else expect(lines).toMatch(value === 'yes' ? /\bYes\b/ : /\bNo\b/);
          } else expect(entry.basis).toBeUndefined();
          if (entry.quote) expect(lines).toContain(entry.quote);
          checked++;
        }
      }
      expect(lineSpec.parse(evidence['city'])).toHaveLength(2);
      expect(linesOf(r.source.text, lineSpec.parse(evidence['submitted']))).toContain(String(r.data['submitted']));
    }
    expect(checked).toBeGreaterThan(60 * 20);
  });

  it('writes both kinds of form: boxes ticked, and Yes/No typed in', () => {
    const bases = new Set(
      generated.flatMap((r) =>
        Object.values(r.data['evidence'] as Record<string, unknown>).flatMap((q) =>
          isRecord(q) ? Object.values(q).flatMap((e) => (isRecord(e) && typeof e['basis'] === 'string' ? [e['basis']] : [])) : [],
        ),
      ),
    );
    expect(bases).toEqual(new Set(['ticked', 'written']));
  });

  it('shows an illegible Yes/No as both options unmarked, as a text export of a Word form does', () => {
    const data = {
      edition: 2022,
      city: { name: 'Testville', country: 'FR' },
      submitted: '2023-01-02',
      answers: { 'V.1': { answer: 'not_legible_in_source' } },
    };
    const form = fictionalForm(data, 'ticked', def);
    const entry = form.evidence['V.1'];
    expect(isRecord(entry) && entry['answer']).toBeTypeOf('number');
    const line = isRecord(entry) ? Number(entry['answer']) : 0;
    expect(form.text.split('\n')[line - 1]).toBe('Yes No');
  });
});
