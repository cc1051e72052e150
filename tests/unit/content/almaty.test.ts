import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { getEdition } from '../../../src/questionnaire/index.ts';
import { urlsInText } from '../../../src/lib/format/text.ts';
import { validateResponseText } from '../../../src/lib/validate/index.ts';
import { ALMATY_SOURCE } from '../../helpers/paths.ts';

/*
 * The Almaty content file against its source, the text export of the filled-in form:
 * nothing the city wrote is lost, nothing is added, key figures are captured as numbers.
 */
const SOURCE = readFileSync(ALMATY_SOURCE, 'utf8');
const CONTENT_TEXT = readFileSync('content/responses/2022/almaty.yaml', 'utf8');
const content = parse(CONTENT_TEXT) as { answers: Record<string, Record<string, unknown>>; submitted: string; city: { name: string; country: string } };
const lgq = getEdition(2022);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Markdown of the export (bold, autolink brackets, bullets, footnote marks, numbering) is not part of the text. */
const normalise = (s: string) =>
  s
    .replace(/\*\*/g, '')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/\[([^\]]+)\]\(#\)/g, '$1')
    .replace(/ \(New\)$/, '')
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, '')
    .replace(/^\s*(?:- |[a-e]\. |\d+\. )/, '')
    .replace(/\s+/g, ' ')
    .trim();

const answerCorpus = normalise(strings(content.answers).join(' \n '));
const questionnaireCorpus = normalise(
  [
    lgq.introduction,
    ...lgq.sections.map((s) => `${s.id}. ${s.title}`),
    ...lgq.questions.flatMap((q) => [q.wording, ...q.fields.flatMap((f) => [f.wording ?? '', ...(f.options ?? []).map((o) => o.label)])]),
    ...lgq.definitions.map((d) => d.text),
    ...lgq.boilerplate,
  ].join(' \n '),
);

describe('Almaty transcription (content/responses/2022/almaty.yaml)', () => {
  it('is valid', () => {
    expect(validateResponseText(CONTENT_TEXT, 'almaty.yaml', { edition: 2022 }).problems).toEqual([]);
  });

  it('contains every URL of the source (the questionnaire footnote URL lives in the questionnaire)', () => {
    const sourceUrls = [...new Set(urlsInText(SOURCE.replace(/[<>]/g, ' ')))];
    expect(sourceUrls.length).toBeGreaterThanOrEqual(25);
    const contentUrls = new Set(strings(content.answers).flatMap((s) => urlsInText(s)));
    const missing = sourceUrls.filter((u) => !contentUrls.has(u) && !questionnaireCorpus.includes(u));
    expect(missing).toEqual([]);
    // …and no URL the source does not have.
    const invented = [...contentUrls].filter((u) => !sourceUrls.includes(u));
    expect(invented).toEqual([]);
  });

  it('keeps every line the city wrote: each source line is in the answers or is the questionnaire itself', () => {
    const lines = SOURCE.split('\n').map(normalise).filter((l) => l.length >= 20);
    const placed = (text: string) => answerCorpus.includes(text) || questionnaireCorpus.includes(text);
    const unplaced = lines.filter((line) => {
      if (placed(line)) return false;
      // The form's printed boxes: "National level? Yes No".
      const boxes = /^(.*?) ?Yes No$/.exec(line);
      if (boxes) return !placed(boxes[1] ?? '');
      // "URL - label" is a labelled link.
      const labelled = /^(https?:\/\/\S+) - (.+)$/.exec(line);
      if (labelled) return !(placed(labelled[1] ?? '') && placed(labelled[2] ?? ''));
      // "Label: value" lines of the form (portals, contact details, social media): the value is in a field.
      const labelledValue = /^(?!https?:)([^:]{2,60}): ?(.*)$/.exec(line);
      if (labelledValue) return !((labelledValue[2] ?? '') === '' || placed(labelledValue[2] ?? '') || labelledValue[1] === 'Submission Date');
      return true;
    });
    expect(unplaced).toEqual([]);
  });

  it('captures the key figures as numbers', () => {
    expect(content.answers['IV.1']?.['percent']).toBe(93.3);
    expect(content.answers['V.3']?.['percent']).toBe(85.13);
    expect(content.answers['III.3']?.['percent']).toBe(0.71);
    const figures = content.answers['IV.1']?.['figures'] as { label: string; value: number; year?: number }[];
    const values = figures.map((f) => f.value);
    for (const n of [165, 156, 7, 2, 14_500_000]) expect(values).toContain(n);
    expect(figures.find((f) => f.value === 14_500_000)?.year).toBe(2022);
  });

  it('has the people, dates and accounts of the source', () => {
    expect(content.city).toMatchObject({ name: 'Almaty', country: 'KZ' });
    expect(String(content.submitted)).toBe('2023-05-03');
    expect(SOURCE).toContain('May 3, 2023');
    expect(content.answers['I.3']?.['cio']).toEqual({
      name: 'Bayan Konirbayev',
      title: 'Chief Digital Officer/ Head of Almaty city Department of Digitalization',
      organization: 'Almaty Akimat (Almaty Municipality)/Department of Digitalization',
      email: 'b.konirbayev@a-a.kz',
      phone: '+7 (727) 225-11-92',
    });
    expect(content.answers['IX.1']?.['respondent']).toEqual({
      name: 'Olzhas Zhanabek',
      title: 'Deputy Head of Almaty city Department of Digitalization',
      email: 'o.zhanabek@a-a.kz',
      organization: 'Almaty city Department of Digitalization',
    });
    expect((content.answers['VI.1']?.['accounts'] as { platform: string }[]).map((a) => a.platform)).toEqual(['Instagram', 'Facebook', 'Tik-Tok']);
  });

  it('records the boxes the export cannot show as not legible, and nothing else', () => {
    const notLegible = Object.entries(content.answers).flatMap(([qid, fields]) =>
      Object.entries(fields).filter(([, v]) => v === 'not_legible_in_source').map(([k]) => `${qid}.${k}`),
    );
    expect(notLegible).toEqual([
      'I.3.has_cio',
      'II.1.national', 'II.1.local',
      ...lgq.questions.find((q) => q.id === 'III.2')!.fields.filter((f) => f.kind === 'closed').map((f) => `III.2.${f.key}`),
      'III.3.answer', 'III.5.answer', 'III.6.answer', 'III.7.answer', 'III.8.answer', 'III.9.answer',
      'IV.3.answer', 'IV.4.answer', 'V.1.answer', 'VI.1.answer', 'VIII.2.answer', 'IX.1.status',
    ]);
    // Each "Yes No" line of the export is one of those.
    expect(SOURCE.match(/^(?:National level\? |Local level\? )?Yes No$/gm)).toHaveLength(5);
  });
});
