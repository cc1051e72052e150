import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  classifySourceLines,
  countLines,
  linePieces,
  nestRanges,
  rangeAnchor,
  sourcePage,
  sourceRoutes,
  sourceUse,
  splitLines,
  usesByLine,
} from '../../../../src/lib/pages/source.ts';
import type { SourceNode } from '../../../../src/lib/pages/source.ts';
import { evidenceSchema, readEvidence } from '../../../../src/schemas/evidence.ts';
import type { LineRange, ResponseEvidence } from '../../../../src/schemas/evidence.ts';
import { getEdition } from '../../../../src/questionnaire/index.ts';
import { ALMATY_SOURCE } from '../../../helpers/paths.ts';

const def = getEdition(2022);
const r = (from: number, to = from): LineRange => ({ from, to });
const evidence = (fields: Record<string, Record<string, LineRange[]>>, extra: Partial<ResponseEvidence> = {}): ResponseEvidence => ({
  fields: Object.fromEntries(
    Object.entries(fields).map(([qid, byKey]) => [qid, Object.fromEntries(Object.entries(byKey).map(([k, lines]) => [k, { lines }]))]),
  ),
  ...extra,
});
/** The tree as a compact outline: line numbers, ranges as `[from-to: …]`. */
const outline = (nodes: readonly SourceNode[]): string =>
  nodes.map((n) => (n.type === 'line' ? String(n.line.number) : `[${n.range.from}-${n.range.to}: ${outline(n.children)}]`)).join(' ');

describe('splitLines', () => {
  it.each([
    ['a final newline ends the last line', 'a\nb\n', ['a', 'b']],
    ['no final newline', 'a\nb', ['a', 'b']],
    ['Windows line ends', 'a\r\nb\r\n', ['a', 'b']],
    ['a blank last line is kept', 'a\n\n', ['a', '']],
    ['empty text is one empty line', '', ['']],
  ])('%s', (_what, text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});

describe('classifySourceLines', () => {
  const lines = ['Heading', '', 'The city wrote this', 'A footnote', 'Stray words', '   '];
  const stripped = new Map([
    [1, 'form text' as const],
    [4, 'footnote' as const],
  ]);
  it.each([
    [1, 'form text'],
    [2, 'blank'],
    [3, 'used'],
    [4, 'footnote'],
    [5, 'not used'],
    [6, 'blank'],
  ])('line %i is %s', (n, kind) => {
    const out = classifySourceLines(lines, evidence({ 'III.1': { links: [r(3)] } }), stripped);
    expect(out[n - 1]?.kind).toBe(kind);
  });

  it('a line an answer cites is used even when the importer also read form text on it', () => {
    const out = classifySourceLines(lines, evidence({ 'III.1': { links: [r(1)] } }), stripped);
    expect(out[0]).toEqual({ number: 1, text: 'Heading', kind: 'used', uses: ['III.1.links'], continuesRun: false });
  });

  it('a blank line inside a cited range stays blank, but keeps its uses', () => {
    const out = classifySourceLines(lines, evidence({ 'III.1': { explanation: [r(1, 3)] } }), stripped);
    expect(out.map((l) => l.kind)).toEqual(['used', 'blank', 'used', 'footnote', 'not used', 'blank']);
    expect(out[1]?.uses).toEqual(['III.1.explanation']);
  });

  it('withheld lines lose their text, whatever else cites them', () => {
    const ev = evidence({ 'I.3': { national_link: [r(3)] } }, { withheld: { 'I.3.cio': [r(3, 4)] } });
    const out = classifySourceLines(lines, ev, stripped);
    expect(out.slice(2, 4)).toEqual([
      { number: 3, text: '', kind: 'withheld', uses: ['I.3.national_link'], continuesRun: false },
      { number: 4, text: '', kind: 'withheld', uses: [], continuesRun: false },
    ]);
  });

  it('marks only the first line of a run that says the same, across blank lines', () => {
    const text = ['Wording', 'more wording', '', 'still wording', 'Answer', 'Answer 2', 'Other answer'];
    const kinds = new Map([
      [1, 'form text'],
      [2, 'form text'],
      [4, 'form text'],
    ] as const);
    const ev = evidence({ 'III.1': { explanation: [r(5, 6)] }, 'III.2': { explanation: [r(7)] } });
    const out = classifySourceLines(text, ev, kinds);
    expect(out.map((l) => [l.kind, l.continuesRun])).toEqual([
      ['form text', false],
      ['form text', true],
      ['blank', false],
      ['form text', true],
      ['used', false],
      ['used', true],
      ['used', false],
    ]);
  });
});

describe('linePieces', () => {
  it.each([
    ['no address', 'Name: Bayan', [{ kind: 'text', value: 'Name: Bayan' }]],
    [
      'an address inside Markdown bold',
      '- Email: **o.zhanabek@a-a.kz**',
      [
        { kind: 'text', value: '- Email: **' },
        { kind: 'email', value: 'o.zhanabek@a-a.kz' },
        { kind: 'text', value: '**' },
      ],
    ],
    ['only an address', 'b.konirbayev@a-a.kz', [{ kind: 'email', value: 'b.konirbayev@a-a.kz' }]],
    [
      'an at sign that is no address',
      'Tik-Tok: https://www.tiktok.com/@almaty_akimdigi',
      [{ kind: 'text', value: 'Tik-Tok: https://www.tiktok.com/@almaty_akimdigi' }],
    ],
  ])('%s', (_what, text, pieces) => {
    expect(linePieces(text)).toEqual(pieces);
  });
});

describe('usesByLine', () => {
  it('lists each field once per line, metadata included', () => {
    const ev = evidence({ 'V.2': { answer: [r(5)], explanation: [r(5)] } }, { city: [r(1), r(2)] });
    expect([...usesByLine(ev)]).toEqual([
      [1, ['city']],
      [2, ['city']],
      [5, ['V.2.answer', 'V.2.explanation']],
    ]);
  });
});

describe('nestRanges', () => {
  it.each([
    [
      'nested: an explanation holding a percentage range',
      { 'IV.1': { explanation: [r(190, 202)], figures: [r(194, 202)] } },
      '190-202(194-202)',
      [],
    ],
    [
      'one-line ranges need no wrapper (the line is its own anchor)',
      { 'IV.1': { percent: [r(194)], explanation: [r(190, 202)] } },
      '190-202',
      [],
    ],
    ['disjoint ranges of one field', { 'VI.1': { explanation: [r(10, 12), r(14, 16)] } }, '10-12 14-16', []],
    ['crossing: the later range is not wrapped', { 'I.1': { portals: [r(10, 20)] }, 'I.2': { other: [r(15, 25)] } }, '10-20', ['15-25']],
    [
      'a range after a crossing one still nests',
      { 'I.1': { portals: [r(10, 20)] }, 'I.2': { other: [r(15, 25)], e_services: [r(12, 14)] } },
      '10-20(12-14)',
      ['15-25'],
    ],
  ])('%s', (_what, fields, expected, crossing) => {
    const { roots, crossing: crossed } = nestRanges(evidence(fields));
    type Placed = (typeof roots)[number];
    const show = (nodes: readonly Placed[]): string =>
      nodes.map((n) => `${n.range.from}-${n.range.to}${n.children.length ? `(${show(n.children)})` : ''}`).join(' ');
    expect(show(roots)).toBe(expected);
    expect(crossed.map((c) => `${c.range.from}-${c.range.to}`)).toEqual(crossing);
  });

  it('coinciding ranges are one wrapper naming both fields', () => {
    const { roots } = nestRanges(evidence({ 'III.5': { explanation: [r(3, 5)], links: [r(3, 5)] } }));
    expect(roots).toEqual([{ range: r(3, 5), paths: ['III.5.explanation', 'III.5.links'], children: [] }]);
  });
});

describe('rangeAnchor', () => {
  const crossing = [{ range: r(15, 25), paths: ['I.2.other'] }];
  it.each([
    [r(194), 'L194'],
    [r(194, 202), 'L194-L202'],
    [r(15, 25), 'L15'],
  ])('%o -> %s', (range, anchor) => {
    expect(rangeAnchor(range, crossing)).toBe(anchor);
  });
});

describe('sourcePage', () => {
  const text = Array.from({ length: 12 }, (_, i) => `line ${String(i + 1)}`).join('\n') + '\n';

  it('wraps every line exactly once, in order, ranges around their lines', () => {
    const page = sourcePage({
      text,
      edition: def,
      evidence: evidence({ 'IV.1': { explanation: [r(2, 8)], figures: [r(4, 6)], percent: [r(4)] } }),
      withheld: [],
    });
    expect(outline(page.tree)).toBe('1 [2-8: 2 3 [4-6: 4 5 6] 7 8] 9 10 11 12');
    expect(page.lines).toHaveLength(12);
    expect(page.downloadable).toBe(true);
  });

  it('counts every line once', () => {
    const page = sourcePage({ text, edition: def, evidence: evidence({ 'IV.1': { explanation: [r(2, 3)] } }), withheld: [] });
    expect(page.counts.used).toBe(2);
    expect(Object.values(page.counts).reduce((a, b) => a + b, 0)).toBe(12);
  });

  it('redacts withheld fields and offers no download', () => {
    const page = sourcePage({
      text,
      edition: def,
      evidence: evidence({ 'I.3': { national_link: [r(9)] } }, { withheld: { 'I.3.cio': [r(3, 5)] } }),
      withheld: ['I.3.cio'],
    });
    expect(page.lines.filter((l) => l.kind === 'withheld').map((l) => [l.number, l.text])).toEqual([
      [3, ''],
      [4, ''],
      [5, ''],
    ]);
    expect(page.downloadable).toBe(false);
    expect(page.unlocatedWithheld).toEqual([]);
  });

  it('a withheld part is covered by its field’s lines; a withheld field without lines is reported', () => {
    const page = sourcePage({
      text,
      edition: def,
      evidence: evidence({}, { withheld: { 'I.3.cio': [r(3, 5)] } }),
      withheld: ['I.3.cio.email', 'IX.1.respondent'],
    });
    expect(page.unlocatedWithheld).toEqual(['IX.1.respondent']);
  });
});

describe('readEvidence keeps the lines of withheld fields for redaction', () => {
  it.each([
    ['a withheld field', ['I.3.cio'], { 'I.3.cio': [r(53, 61)] }, false],
    ['a withheld part', ['I.3.cio.email'], { 'I.3.cio': [r(53, 61)] }, true],
    ['nothing withheld', [], undefined, true],
  ])('%s', (_what, withheld, lines, shown) => {
    const ev = readEvidence(def, evidenceSchema(def).parse({ 'I.3': { cio: '53-61' } }), withheld);
    expect(ev.withheld).toEqual(lines);
    expect(ev.fields['I.3']?.['cio'] !== undefined).toBe(shown);
  });
});

describe('sourceUse', () => {
  const place = { slug: 'almaty', edition: 2022, newestOfCity: 2022 };
  it.each([
    ['IV.1.percent', 'IV.1', 'Share of services online', '/cities/almaty/#iv-1'],
    ['city', null, null, '/cities/almaty/'],
  ])('%s', (path, questionId, fieldLabel, href) => {
    expect(sourceUse(path, def, place)).toEqual({ path, questionId, fieldLabel, href });
  });
  it('an older edition links to its own profile', () => {
    expect(sourceUse('IV.1.percent', def, { ...place, newestOfCity: 2025 }).href).toBe('/cities/almaty/2022/#iv-1');
  });
});

describe('sourceRoutes', () => {
  it('gives the newest edition the plain path, older ones their edition, and skips responses without a document', () => {
    const responses = [
      { slug: 'a', edition: 2022 },
      { slug: 'a', edition: 2020 },
      { slug: 'b', edition: 2022 },
    ];
    const routes = sourceRoutes(responses, (x) => x.slug === 'a');
    expect(routes.map((x) => [x.slug, x.edition, x.newestOfCity])).toEqual([
      ['a', undefined, 2022],
      ['a', 2020, 2022],
    ]);
  });
});

describe('Almaty’s source document', () => {
  const text = readFileSync(ALMATY_SOURCE, 'utf8');
  const data = parseYaml(readFileSync('content/responses/2022/almaty.yaml', 'utf8')) as { evidence: unknown };
  const ev = readEvidence(def, evidenceSchema(def).parse(data.evidence));
  const page = sourcePage({ text, edition: def, evidence: ev, withheld: [] });

  it('accounts for all 320 lines, none left unused', () => {
    expect(page.lines).toHaveLength(320);
    expect(page.lines.filter((l) => l.kind === 'not used').map((l) => l.number)).toEqual([]);
    expect(countLines(page.lines).used).toBeGreaterThan(100);
  });

  it('nests IV.1’s figures inside its explanation, and no range crosses another', () => {
    expect(outline(page.tree)).toContain('[190-202: 190 191 192 193 [194-202: 194');
    expect(page.crossing).toEqual([]);
  });

  it('every line of the form’s footnotes is classified as a footnote by the importer', () => {
    expect(page.lines.filter((l) => l.kind === 'footnote').map((l) => l.number)).toEqual([41, 43, 45, 47, 49, 135, 254]);
  });
});
