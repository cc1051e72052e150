// The evidence checks, one case per rule: the fictional Testville response and its fictional source
// document (tests/fixtures/sources/2022/testville-lgq-2022.txt) pass; each edit below
// breaks one rule and must be reported once, at the right line, with the right field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, sourceReader, validateResponseText } from '../../../../src/lib/validate/index.ts';
import type { ReadSource } from '../../../../src/lib/validate/evidence.ts';

const FILE = 'content/responses/2022/testville.yaml';
const BASE = readFileSync('tests/fixtures/responses/2022/testville.yaml', 'utf8');
const SOURCE = readFileSync('tests/fixtures/sources/2022/testville-lgq-2022.txt', 'utf8');
const TODAY = new Date('2026-01-01T00:00:00Z');

const sourceOf =
  (text: string): ReadSource =>
  (edition, document) =>
    edition === 2022 && document === 'testville-lgq-2022.txt' ? text : undefined;

function validate(text: string, readSource: ReadSource = sourceOf(SOURCE)) {
  return validateResponseText(text, FILE, { edition: 2022, today: TODAY, readSource });
}

/** Replace exact lines of the fixture (each must exist once); an empty replacement deletes the line. */
function edit(replacements: readonly (readonly [string, string])[]): string {
  let lines = BASE.split('\n');
  for (const [find, replacement] of replacements) {
    const matches = lines.filter((l) => l === find).length;
    if (matches !== 1) throw new Error(`fixture has ${String(matches)} lines ${JSON.stringify(find)}`);
    lines = lines.flatMap((l) => (l !== find ? [l] : replacement ? replacement.split('\n') : []));
  }
  return lines.join('\n');
}

const lineOf = (text: string, exact: string) => text.split('\n').indexOf(exact) + 1;

interface Case {
  readonly name: string;
  readonly edits: readonly (readonly [string, string])[];
  /** The field reported, the exact YAML line it is reported at, and what the message says. */
  readonly field: string;
  readonly at: string;
  readonly message: RegExp;
}

const FIGURES_ANSWER = `    percent: 60
    figures:
      - { label: Requests, value: 1200000, year: 2022 }
      - { label: Requests on the busiest day, value: 14500 }`;

const CASES: readonly Case[] = [
  {
    name: 'an answered field without evidence',
    edits: [['    adoption: 29-31', '']],
    field: 'evidence.II.1.adoption',
    at: '    adoption: |-',
    message: /is missing: give the source lines/,
  },
  {
    name: 'evidence for a field with no answer',
    edits: [['  submitted: 55', '  submitted: 55\n  I.2:\n    e_services: 11']],
    field: 'evidence.I.2.e_services',
    at: '    e_services: 11',
    message: /is evidence for a field with no answer/,
  },
  {
    name: 'a range past the end of the source',
    edits: [['    portals: 11', '    portals: 900']],
    field: 'evidence.I.1.portals',
    at: '    portals: 900',
    message: /line 900 is past the end of testville-lgq-2022\.txt \(59 lines\)/,
  },
  {
    name: 'a URL not on its lines',
    edits: [['    portals: 11', '    portals: 13']],
    field: 'evidence.I.1.portals',
    at: '    portals: 13',
    message: /the URL https:\/\/portal\.testville\.example\/ is not on line 13 of the source/,
  },
  {
    name: 'verbatim text not on its lines (one paragraph of two)',
    edits: [['    adoption: 29-31', '    adoption: 29']],
    field: 'evidence.II.1.adoption',
    at: '    adoption: 29',
    message: /the text \(verbatim.*\) is not on line 29/,
  },
  {
    name: 'verbatim text that differs from the source by one word',
    edits: [['      A local charter is planned.', '      A local charter is adopted.']],
    field: 'evidence.II.1.adoption',
    at: '    adoption: 29-31',
    message: /the text .* is not on lines 29-31/,
  },
  {
    name: 'a part of an official’s record not on its lines',
    edits: [['    cio: 15-19', '    cio: 15-18']],
    field: 'evidence.I.3.cio',
    at: '    cio: 15-18',
    message: /the phone "\+33 1 23 45 67 89" is not on lines 15-18/,
  },
  {
    name: 'a yes without a basis',
    edits: [['    national: { lines: 23, basis: ticked }', '    national: 23']],
    field: 'evidence.II.1.national',
    at: '    national: 23',
    message: /needs basis: ticked .* or written .*transcriber inference is not a basis/,
  },
  {
    name: 'a written No where the lines do not say No',
    edits: [['    local: { lines: 25, basis: ticked }', '    local: { lines: 29, basis: written }']],
    field: 'evidence.II.1.local.basis',
    at: '    local: { lines: 29, basis: written }',
    message: /is written, but the word No is not on line 29/,
  },
  {
    name: 'a ticked yes where no box is marked',
    edits: [['    national: { lines: 23, basis: ticked }', '    national: { lines: 27, basis: ticked }']],
    field: 'evidence.II.1.national.basis',
    at: '    national: { lines: 27, basis: ticked }',
    message: /is ticked, but no marked box/,
  },
  {
    name: 'a ticked No where the lines show no check box',
    edits: [['    local: { lines: 25, basis: ticked }', '    local: { lines: 29, basis: ticked }']],
    field: 'evidence.II.1.local.basis',
    at: '    local: { lines: 29, basis: ticked }',
    message: /is ticked, but no check box is on line 29/,
  },
  {
    name: 'a basis on a text field',
    edits: [['    adoption: 29-31', '    adoption: { lines: 29-31, basis: written }']],
    field: 'evidence.II.1.adoption.basis',
    at: '    adoption: { lines: 29-31, basis: written }',
    message: /a basis is only for a yes\/no field, not a text field/,
  },
  {
    name: 'a basis on a yes/no not legible in the source',
    edits: [
      ['    has_cio: not_answered', '    has_cio: not_legible_in_source'],
      ['    cio: 15-19', '    has_cio: { lines: 13, basis: written }\n    cio: 15-19'],
    ],
    field: 'evidence.I.3.has_cio.basis',
    at: '    has_cio: { lines: 13, basis: written }',
    message: /a basis is only for a yes or a no read in the source \(transcriber inference is not a basis\)/,
  },
  {
    name: 'a percentage without a quote',
    edits: [['    percent: { lines: 43, quote: That is 60 % of them in 2022. }', '    percent: 43']],
    field: 'evidence.IV.1.percent',
    at: '    percent: 43',
    message: /needs a quote/,
  },
  {
    name: 'a quote not on its lines',
    edits: [
      [
        '    percent: { lines: 43, quote: That is 60 % of them in 2022. }',
        '    percent: { lines: 43, quote: That is 60 % of them. In 2022. }',
      ],
    ],
    field: 'evidence.IV.1.percent.quote',
    at: '    percent: { lines: 43, quote: That is 60 % of them. In 2022. }',
    message: /the quote is not on line 43/,
  },
  {
    name: 'a quote without the percentage',
    edits: [
      [
        '    percent: { lines: 43, quote: That is 60 % of them in 2022. }',
        '    percent: { lines: 43, quote: Sixty per cent of services are online. }',
      ],
    ],
    field: 'evidence.IV.1.percent.quote',
    at: '    percent: { lines: 43, quote: Sixty per cent of services are online. }',
    message: /does not contain the percentage 60/,
  },
  {
    name: 'a quote on a text field',
    edits: [['    explanation: 43', '    explanation: { lines: 43, quote: That is 60 % of them in 2022. }']],
    field: 'evidence.IV.1.explanation.quote',
    at: '    explanation: { lines: 43, quote: That is 60 % of them in 2022. }',
    message: /a quote is only for a percentage/,
  },
  {
    name: 'figures with one quote fewer than figures',
    edits: [
      ['    percent: 60', FIGURES_ANSWER],
      ['    links: 45', '    links: 45\n    figures:\n      lines: 59\n      quotes: [1.2 million requests in 2022]'],
    ],
    field: 'evidence.IV.1.figures.quotes',
    at: '      quotes: [1.2 million requests in 2022]',
    message: /needs one quote per figure: 2 figures, 1 quotes/,
  },
  {
    name: 'a figure’s quote without its number',
    edits: [
      ['    percent: 60', FIGURES_ANSWER],
      [
        '    links: 45',
        '    links: 45\n    figures:\n      lines: 59\n      quotes:\n        - 1.2 million requests in 2022\n        - requests on its busiest day',
      ],
    ],
    field: 'evidence.IV.1.figures.quotes[1]',
    at: '        - requests on its busiest day',
    message: /does not contain the figure 14500/,
  },
  {
    name: 'figures without quotes',
    edits: [
      ['    percent: 60', FIGURES_ANSWER],
      ['    links: 45', '    links: 45\n    figures: 59'],
    ],
    field: 'evidence.IV.1.figures',
    at: '    figures: 59',
    message: /needs one quote per figure: 2 figures, 0 quotes/,
  },
  {
    name: 'an evidence entry that is neither lines nor a mapping',
    edits: [['    portals: 11', '    portals: [11]']],
    field: 'evidence.I.1.portals',
    at: '    portals: [11]',
    message: /must be source lines \(194, "194-202" or "244-252, 256"\) or a mapping with `lines`/,
  },
];

describe('evidence checks', () => {
  it('accept the fixture, whose evidence is complete', () => {
    expect(validate(BASE).problems.map(formatProblem)).toEqual([]);
  });

  it('accept a not-legible yes/no with lines, and a written No on a line that says No', () => {
    const text = edit([
      ['    has_cio: not_answered', '    has_cio: not_legible_in_source'],
      ['    cio: 15-19', '    has_cio: 13\n    cio: 15-19'],
      ['    local: { lines: 25, basis: ticked }', '    local: { lines: 25, basis: written }'],
    ]);
    expect(validate(text).problems.map(formatProblem)).toEqual([]);
  });

  it('accept figures whose quotes hold each number in a written form (1.2 million, 14 500)', () => {
    const text = edit([
      ['    percent: 60', FIGURES_ANSWER],
      [
        '    links: 45',
        '    links: 45\n    figures:\n      lines: 59\n      quotes: [1.2 million requests in 2022, 14 500 requests on its busiest day]',
      ],
    ]);
    expect(validate(text).problems.map(formatProblem)).toEqual([]);
  });

  it('ask no evidence of a withheld field', () => {
    const text = edit([
      ['    adoption: 29-31', ''],
      ['  format: Fictional test fixture', '  format: Fictional test fixture\nwithheld: [II.1.adoption]'],
    ]);
    expect(validate(text).problems.map(formatProblem)).toEqual([]);
    expect(validate(edit([['    adoption: 29-31', '']])).problems.map((p) => p.field)).toEqual(['evidence.II.1.adoption']);
  });

  it('report a source document that does not exist, once, at source.document', () => {
    const { problems, data } = validate(BASE, () => undefined);
    expect(data).toBeUndefined();
    expect(problems.map((p) => [p.line, p.field])).toEqual([[lineOf(BASE, '  document: testville-lgq-2022.txt'), 'source.document']]);
    expect(problems[0]?.message).toMatch(/names no source document: there is no file 2022\/testville-lgq-2022\.txt/);
  });

  it('report evidence for a yes/no not answered', () => {
    const text = edit([['    cio: 15-19', '    has_cio: 13\n    cio: 15-19']]);
    expect(validate(text).problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [lineOf(text, '    has_cio: 13'), 'evidence.I.3.has_cio', 'is evidence for a field not answered: remove it'],
    ]);
  });

  it.each(CASES)('report $name', ({ edits, field, at, message }) => {
    const text = edit(edits);
    const { problems, data } = validate(text);
    expect(data).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(problems[0]).toMatchObject({ file: FILE, line: lineOf(text, at) });
    expect(problems[0]?.column).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(message);
  });

  it('read source documents from a folder, and none that is missing', () => {
    const read = sourceReader('tests/fixtures/sources');
    expect(read(2022, 'testville-lgq-2022.txt')).toBe(SOURCE);
    expect(read(2022, 'nowhere.txt')).toBeUndefined();
    expect(read(2099, 'testville-lgq-2022.txt')).toBeUndefined();
  });
});
