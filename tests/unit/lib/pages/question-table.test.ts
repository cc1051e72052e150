import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../../src/fields/index.ts';
import type { FieldAnswer } from '../../../../src/fields/index.ts';
import type { CityResponse, FieldEvidence } from '../../../../src/lib/data/response.ts';
import {
  answerRow,
  excerpt,
  linesLabel,
  dividedGroups,
  groupLabel,
  packRegions,
  pageRegionsLabel,
  questionRanges,
  regionGroups,
  rowStates,
  tablePages,
  tallyText,
} from '../../../../src/lib/pages/question-table.ts';
import type { AnswerRow } from '../../../../src/lib/pages/question-table.ts';
import { getEdition } from '../../../../src/questionnaire/index.ts';
import type { QuestionDef } from '../../../../src/questionnaire/index.ts';

const edition = getEdition(2022);
const question = (id: string): QuestionDef => {
  const q = edition.questions.find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q;
};

/** Answers from stored values, read by each field's kind (as the data module reads a content file). */
function answersOf(q: QuestionDef, stored: Record<string, unknown>): Record<string, Record<string, FieldAnswer>> {
  const byKey: Record<string, FieldAnswer> = {};
  for (const f of q.fields) {
    const a = stored[f.key] === undefined ? undefined : readAnswer(f, stored[f.key]);
    if (a) byKey[f.key] = a;
  }
  return { [q.id]: byKey };
}

function response(
  slug: string,
  region: string,
  answers: Record<string, Record<string, FieldAnswer>> = {},
  evidence: Record<string, Record<string, FieldEvidence>> = {},
  withheld: string[] = [],
): CityResponse {
  return {
    id: `2022/${slug}`,
    slug,
    edition: 2022,
    fictional: true,
    city: { name: slug[0]!.toUpperCase() + slug.slice(1), lat: 0, lon: 0 },
    country: { code: 'XX', name: `${region} land`, m49: '000', region, subregion: region },
    submitted: '2023-01-01',
    source: { document: `${slug}.txt`, format: 'text' },
    withheld,
    notes: {},
    answers,
    evidence: { fields: evidence },
  };
}

describe('answerRow', () => {
  const cio = question('I.3');
  const strategy = question('III.2');
  const legislation = question('II.1');

  it.each([
    ['a ticked yes', { has_cio: 'yes' }, 'yes'],
    ['a no', { has_cio: 'no' }, 'no'],
    ['an illegible answer', { has_cio: 'not_legible_in_source' }, 'not_legible_in_source'],
    ['a blank', { has_cio: 'not_answered' }, 'not_answered'],
  ])('reads the state of a single yes/no: %s', (_what, stored, state) => {
    const row = answerRow(response('almaty', 'Asia', answersOf(cio, stored)), cio);
    expect(row.state).toBe(state);
    expect(row.closed).toEqual([{ state }]);
  });

  it('gives the basis and the evidence links of a yes/no read from the source', () => {
    const r = response('almaty', 'Asia', answersOf(cio, { has_cio: 'yes' }), {
      'I.3': {
        has_cio: { lines: [{ from: 40, to: 40 }], basis: 'written' },
        cio: { lines: [{ from: 41, to: 44 }] },
        national_link: { lines: [{ from: 50, to: 52 }] },
      },
    });
    const row = answerRow(r, cio, 2022);
    expect(row.basis).toBe('written');
    // Adjacent ranges of several parts merge into one link; a gap keeps two.
    expect(row.evidence.map((e) => e.href)).toEqual(['/cities/almaty/source/#L40-L44', '/cities/almaty/source/#L50-L52']);
    expect(row.href).toBe('/cities/almaty/#i-3');
  });

  it('has no basis when the evidence gives none, and links an older edition to its own profile', () => {
    const r = response('almaty', 'Asia', answersOf(cio, { has_cio: 'yes' }), { 'I.3': { has_cio: { lines: [{ from: 9, to: 9 }] } } });
    const row = answerRow(r, cio, 2025);
    expect(row.basis).toBeUndefined();
    expect(row.href).toBe('/cities/almaty/2022/#i-3');
    expect(row.evidence.map((e) => e.href)).toEqual(['/cities/almaty/2022/source/#L9']);
  });

  it('counts a checklist by state instead of listing its items', () => {
    const stored = Object.fromEntries(
      strategy.fields.filter((f) => f.kind === 'closed').map((f, i) => [f.key, i < 3 ? 'yes' : 'not_answered']),
    );
    const row = answerRow(response('accra', 'Africa', answersOf(strategy, stored)), strategy);
    expect(row.closed).toEqual([]);
    const items = strategy.fields.filter((f) => f.kind === 'closed').length;
    expect(row.tally).toEqual([
      { state: 'yes', count: 3 },
      { state: 'not_answered', count: items - 3 },
    ]);
    expect(row.state).toBe('given');
    expect(tallyText(row.tally)).toBe(`3 Yes and ${items - 3} Not answered`);
  });

  it('labels each part of a question with a few yes/no parts, and says a withheld part is withheld', () => {
    const r = response('bogota', 'Americas', answersOf(legislation, { national: 'yes', local: 'no' }), {}, ['II.1.local']);
    const row = answerRow(r, legislation);
    expect(row.closed).toEqual([
      { label: 'National level', state: 'yes' },
      { label: 'Local level', state: 'withheld' },
    ]);
  });

  it('shows the start of a long text and links to the full answer; a short one in full', () => {
    const long = 'The city runs a portal. '.repeat(20);
    const withLong = answerRow(
      response('apia', 'Oceania', answersOf(legislation, { national: 'yes', local: 'yes', adoption: long })),
      legislation,
    );
    expect(withLong.excerpt?.length).toBeLessThanOrEqual(141);
    expect(withLong.excerpt?.endsWith('…')).toBe(true);
    expect(withLong.more).toBe(true);
    const withShort = answerRow(
      response('apia', 'Oceania', answersOf(legislation, { national: 'yes', local: 'yes', adoption: 'By decree.' })),
      legislation,
    );
    expect(withShort).toMatchObject({ excerpt: 'By decree.', more: false });
  });

  it('never shows an official’s e-mail or phone in the excerpt', () => {
    const r = response(
      'almaty',
      'Asia',
      answersOf(cio, { has_cio: 'yes', cio: { name: 'Ana Diaz', email: 'ana@city.example', phone: '+1 555' } }),
    );
    const row = answerRow(r, cio);
    expect(row.excerpt).toContain('Ana Diaz');
    expect(row.excerpt).not.toContain('ana@city.example');
    expect(row.excerpt).not.toContain('555');
  });

  it('says a question with no closed part is answered or not', () => {
    const text = edition.questions.find((q) => q.fields.every((f) => f.kind !== 'closed'));
    if (!text) throw new Error('no open question');
    expect(answerRow(response('oslo', 'Europe'), text).state).toBe('not_answered');
    expect(rowStates(text).map((s) => s.key)).toEqual(['given', 'not_answered']);
    expect(rowStates(cio).map((s) => s.key)).toEqual(['yes', 'no', 'not_legible_in_source', 'not_answered']);
  });
});

describe('excerpt', () => {
  it.each([
    ['short text', 'Short.', 20, 'Short.', false],
    ['cut at a word', 'one two three four five', 12, 'one two…', true],
    ['whitespace flattened', 'a\n\n  b', 20, 'a b', false],
    ['trailing punctuation dropped', 'alpha beta, gamma delta', 12, 'alpha beta…', true],
  ])('%s', (_what, text, length, expected, cut) => {
    expect(excerpt(text, length)).toEqual({ text: expected, cut });
  });
});

describe('questionRanges and linesLabel', () => {
  it('merges overlapping and adjacent ranges in source order', () => {
    const q = question('I.3');
    const r = response(
      'almaty',
      'Asia',
      {},
      {
        'I.3': {
          national_link: { lines: [{ from: 30, to: 31 }] },
          has_cio: {
            lines: [
              { from: 10, to: 12 },
              { from: 13, to: 13 },
            ],
          },
        },
      },
    );
    expect(questionRanges(r, q)).toEqual([
      { from: 10, to: 13 },
      { from: 30, to: 31 },
    ]);
  });
  it.each([
    [{ from: 194, to: 194 }, 'line 194'],
    [{ from: 194, to: 198 }, 'lines 194–198'],
  ])('%o reads %s', (range, words) => {
    expect(linesLabel(range)).toBe(words);
  });
});

describe('region groups and pages', () => {
  const row = (id: string, region: string) => ({ id, region, divisions: [region, region] }) as unknown as AnswerRow;
  const rows = [row('a1', 'Africa'), row('a2', 'Africa'), row('m1', 'Americas'), row('s1', 'Asia'), row('s2', 'Asia'), row('s3', 'Asia')];
  const groups = regionGroups(rows);

  it('groups consecutive rows by region', () => {
    expect(groups.map((g) => [g.region, g.rows.length])).toEqual([
      ['Africa', 2],
      ['Americas', 1],
      ['Asia', 3],
    ]);
  });

  it.each([
    [10, [['Africa', 'Americas', 'Asia']]],
    [3, [['Africa', 'Americas'], ['Asia']]],
    // A region larger than the budget gets a page of its own, whole.
    [2, [['Africa'], ['Americas'], ['Asia']]],
    // Africa does not fit even page 1: page 1 has the charts alone.
    [1, [[], ['Africa'], ['Americas'], ['Asia']]],
  ])('packs whole regions into pages of at most %i rows', (budget, expected) => {
    const pages = packRegions(groups, budget);
    expect(pages.map((p) => p.map((g) => g.region))).toEqual(expected);
    expect(pages.flat().flatMap((g) => g.rows.map((r) => r.id))).toEqual(rows.map((r) => r.id));
  });

  it.each([
    // The first region does not fit beside the charts: page 1 has the charts alone.
    [4, 1, [[], ['Africa', 'Americas'], ['Asia']]],
    [4, 2, [['Africa'], ['Americas', 'Asia']]],
    [10, 3, [['Africa', 'Americas'], ['Asia']]],
  ])('gives page 1 (beside the charts) its own budget: %i rows, %i on page 1', (budget, first, expected) => {
    expect(packRegions(groups, budget, first).map((p) => p.map((g) => g.region))).toEqual(expected);
  });

  it('gives one empty page when nobody responded', () => {
    expect(packRegions([], 5)).toEqual([[]]);
  });

  describe('a region larger than a page', () => {
    const row = (id: string, region: string, subregion: string, intermediate = subregion) =>
      ({ id, region, divisions: [subregion, intermediate] }) as unknown as AnswerRow;
    const africa = [
      row('k1', 'Africa', 'Sub-Saharan Africa', 'Eastern Africa'),
      row('n1', 'Africa', 'Northern Africa'),
      row('g1', 'Africa', 'Sub-Saharan Africa', 'Western Africa'),
      row('k2', 'Africa', 'Sub-Saharan Africa', 'Eastern Africa'),
      row('g2', 'Africa', 'Sub-Saharan Africa', 'Western Africa'),
      row('n2', 'Africa', 'Northern Africa'),
      row('k3', 'Africa', 'Sub-Saharan Africa', 'Eastern Africa'),
    ];
    const oceania = [row('o1', 'Oceania', 'Polynesia'), row('o2', 'Oceania', 'Polynesia')];
    const groups = regionGroups([...africa, ...oceania]);
    const pagesOf = (budget: number) => packRegions(groups, budget).map((p) => p.map((g) => groupLabel(g)));

    it.each([
      [9, [['Africa', 'Oceania']]],
      [7, [['Africa'], ['Oceania']]],
    ])('keeps a region that fits the budget (%i rows) whole', (budget, expected) => {
      expect(pagesOf(budget)).toEqual(expected);
    });

    it.each([
      // Sub-Saharan Africa (5 rows) fits 5: Africa is divided at its sub-regions only.
      [5, [['Africa: Northern Africa'], ['Africa: Sub-Saharan Africa'], ['Oceania']]],
      // It does not fit 4: divided at its intermediate regions.
      [4, [['Africa: Northern Africa'], ['Africa: Eastern Africa'], ['Africa: Western Africa', 'Oceania']]],
      // Eastern Africa (3 rows) is divided no further: a page of its own, whole.
      [2, [['Africa: Northern Africa'], ['Africa: Eastern Africa'], ['Africa: Western Africa'], ['Oceania']]],
      // Nor are Northern Africa and Oceania (one part each): whole, with their names; page 1 has the charts alone.
      [1, [[], ['Africa: Northern Africa'], ['Africa: Eastern Africa'], ['Africa: Western Africa'], ['Oceania']]],
    ])('divides it down the UN M49 tree until the parts fit (budget %i)', (budget, expected) => {
      const pages = packRegions(groups, budget);
      expect(pages.map((p) => p.map((g) => groupLabel(g)))).toEqual(expected);
      // Nothing lost or repeated, and every group keeps its region.
      expect(
        pages
          .flat()
          .flatMap((g) => g.rows.map((r) => r.id))
          .toSorted(),
      ).toEqual([...africa, ...oceania].map((r) => r.id).toSorted());
      expect(pages.flat().every((g) => g.rows.every((r) => r.region === g.region))).toBe(true);
    });

    it.each([
      [[], 'charts'],
      [[{ region: 'Americas' }], 'Americas'],
      [
        [{ region: 'Africa', part: 'Middle Africa' }, { region: 'Africa', part: 'Western Africa' }, { region: 'Americas' }],
        'Africa (Middle Africa and Western Africa) and Americas',
      ],
      [
        [
          { region: 'Asia', part: 'Western Asia' },
          { region: 'Europe', part: 'Eastern Europe' },
        ],
        'Asia (Western Asia) and Europe (Eastern Europe)',
      ],
    ])('names a page that lists %o "%s"', (groups, words) => {
      expect(pageRegionsLabel(groups.map((g) => ({ ...g, rows: [] })))).toBe(words);
    });

    it('keeps the rows of each part in their order', () => {
      expect(dividedGroups(groups[0]!, 4).map((g) => [g.part, g.rows.map((r) => r.id)])).toEqual([
        ['Northern Africa', ['n1', 'n2']],
        ['Eastern Africa', ['k1', 'k2', 'k3']],
        ['Western Africa', ['g1', 'g2']],
      ]);
    });
  });

  it('numbers the pages, names their regions and never splits a region', () => {
    const responses = [
      response('accra', 'Africa'),
      response('abuja', 'Africa'),
      response('bogota', 'Americas'),
      response('oslo', 'Europe'),
    ];
    const pages = tablePages(2022, question('I.3'), responses, new Map(), 2, 2);
    expect(pages.map((p) => [p.page, p.pages, p.groups.map((g) => g.region)])).toEqual([
      [1, 2, ['Africa']],
      [2, 2, ['Americas', 'Europe']],
    ]);
    expect(pages[0]?.links.map((l) => [l.regions, l.href])).toEqual([
      ['Africa', '/questions/i-3/'],
      ['Americas and Europe', '/questions/i-3/2/'],
    ]);
  });

  it('keeps page 1, which carries the charts, to its own smaller budget', () => {
    const responses = [response('accra', 'Africa'), response('abuja', 'Africa'), response('bogota', 'Americas')];
    const pages = tablePages(2022, question('I.3'), responses, new Map(), 3, 1);
    expect(pages.map((p) => p.groups.map((g) => g.region))).toEqual([[], ['Africa', 'Americas']]);
  });
});

describe('answerRow values', () => {
  const budget = question('III.3');

  it('shows a percentage as a value and the explanation as the excerpt', () => {
    const row = answerRow(
      response('accra', 'Africa', answersOf(budget, { answer: 'yes', percent: 4.5, explanation: 'Set by the council.' })),
      budget,
    );
    expect(row.values).toEqual([{ text: '4.5%', given: true }]);
    expect(row.excerpt).toBe('Set by the council.');
  });

  it('says a missing percentage is missing, and shows nothing more for a question not answered at all', () => {
    const row = answerRow(response('accra', 'Africa', answersOf(budget, { answer: 'yes' })), budget);
    expect(row.values).toEqual([{ text: 'No percentage given', given: false }]);
    expect(answerRow(response('accra', 'Africa', answersOf(budget, { answer: 'not_answered' })), budget).values).toEqual([]);
  });
});
