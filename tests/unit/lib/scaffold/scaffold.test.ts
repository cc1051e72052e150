import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { getEdition } from '../../../../src/questionnaire/index.ts';
import { validateResponseText } from '../../../../src/lib/validate/index.ts';
import { citySlug, renderScaffold, scaffoldDraft, writeNewFile } from '../../../../src/lib/scaffold/index.ts';

const FILE = 'content/responses/2022/sao-paulo.yaml';

function scaffold(extra: Partial<Parameters<typeof scaffoldDraft>[0]> = {}) {
  const result = scaffoldDraft({ name: 'São Paulo', country: 'br', edition: 2022, ...extra });
  if ('error' in result) throw new Error(result.error);
  return { ...result, text: renderScaffold(result.draft, FILE) };
}

describe('citySlug', () => {
  it('transliterates and slugs names in any script', () => {
    expect(citySlug('São Paulo')).toBe('sao-paulo');
    expect(citySlug('Zürich')).toBe('zurich');
    expect(citySlug('Алматы')).toBe('almaty');
    expect(citySlug('Kraków')).toBe('krakow');
    expect(citySlug("St. John's")).toBe('st-johns');
    expect(citySlug('Nur - Sultan')).toBe('nur-sultan');
    expect(citySlug('北京')).toBe('beijing');
    expect(citySlug('!!!')).toBe('');
  });
});

describe('new-city scaffold', () => {
  it('starts with the $schema line and lists every question in questionnaire order, each under its number and wording', () => {
    const { slug, text } = scaffold();
    expect(slug).toBe('sao-paulo');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../public/schemas/lgq-2022.schema.json');
    const def = getEdition(2022);
    const doc = parseDocument(text);
    const answers = doc.toJS().answers as Record<string, unknown>;
    expect(Object.keys(answers)).toEqual(def.questions.map((q) => q.id));
    // Comment text with the wrapping undone.
    const comments = text
      .split('\n')
      .filter((l) => /^\s*#/.test(l))
      .map((l) => l.replace(/^\s*#\s*/, ''))
      .join(' ');
    for (const q of def.questions) expect(comments, q.id).toContain(`${q.id}  ${q.wording}`);
  });

  it('defaults every closed answer and the respondent status to not_answered', () => {
    const data = parseDocument(scaffold().text).toJS() as { answers: Record<string, Record<string, unknown>> };
    for (const q of getEdition(2022).questions) {
      for (const f of q.fields.filter((x) => x.kind === 'closed' || x.kind === 'choice'))
        expect(data.answers[q.id]?.[f.key], `${q.id}.${f.key}`).toBe('not_answered');
    }
  });

  it('is valid YAML that fails validation only on what the maintainer must fill (submission date, source, coordinates)', () => {
    const { text } = scaffold();
    const problems = validateResponseText(text, FILE, { edition: 2022 }).problems;
    expect(problems.map((p) => p.field)).toEqual([
      'city.coordinates.lat',
      'city.coordinates.lon',
      'submitted',
      'source.document',
      'source.format',
    ]);
    expect(text).toMatch(/^submitted: null # TODO/m);
  });

  it('validates once those are filled, with coordinates and local name from the options', () => {
    const { text } = scaffold({
      coordinates: { lat: -23.55, lon: -46.63 },
      localName: 'São Paulo',
      sourceDocument: 'sao-paulo-lgq-2022.docx',
    });
    expect(text).toContain('coordinates: { lat: -23.55, lon: -46.63 }');
    const filled = text
      .replace(/^submitted: null.*$/m, 'submitted: 2023-01-10')
      .replace(/^ {2}format: null.*$/m, '  format: Word document of the filled-in LGQ 2022 form');
    const result = validateResponseText(filled, FILE, { edition: 2022 });
    expect(result.problems).toEqual([]);
    expect(result.data?.city).toEqual({
      name: 'São Paulo',
      local_name: 'São Paulo',
      country: 'BR',
      coordinates: { lat: -23.55, lon: -46.63 },
    });
  });

  it('rejects an unknown country code, an unknown edition and a name with no slug', () => {
    expect(scaffoldDraft({ name: 'X', country: 'XX', edition: 2022 })).toEqual({
      error: expect.stringMatching(/not an assigned ISO 3166-1/),
    });
    expect(scaffoldDraft({ name: 'X', country: 'KZ', edition: 1999 })).toEqual({ error: expect.stringMatching(/1999 is not defined/) });
    expect(scaffoldDraft({ name: '!!!', country: 'KZ', edition: 2022 })).toEqual({ error: expect.stringMatching(/slug rule/) });
    expect(scaffoldDraft({ name: 'Page', country: 'KZ', edition: 2022 })).toEqual({ error: expect.stringMatching(/"page" is reserved/) });
  });

  it('never overwrites an existing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lgq-scaffold-'));
    const file = join(dir, '2022', 'sao-paulo.yaml');
    expect(await writeNewFile(file, 'first\n')).toEqual({ ok: true });
    expect(await writeNewFile(file, 'second\n')).toEqual({ ok: false, error: expect.stringMatching(/already exists/) });
    expect(await readFile(file, 'utf8')).toBe('first\n');
  });
});
