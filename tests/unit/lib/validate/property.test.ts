// The validator never crashes: whatever a maintainer's editor (or an attacker) does to a response
// file, validation returns problems, each located at a file, a line and a column, with a field.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateResponseText } from '../../../../src/lib/validate/index.ts';
import type { Problem } from '../../../../src/lib/validate/index.ts';
import type { ReadSource } from '../../../../src/lib/validate/evidence.ts';

const FILE = 'content/responses/2022/testville.yaml';
const BASE = readFileSync('tests/fixtures/responses/2022/testville.yaml', 'utf8');
const SOURCE = readFileSync('tests/fixtures/sources/2022/testville-lgq-2022.txt', 'utf8');
const readSource: ReadSource = (_edition, document) => (document === 'testville-lgq-2022.txt' ? SOURCE : undefined);
const TODAY = new Date('2026-01-01T00:00:00Z');

/** Validates, and fails on a warning the YAML library would print (the validator must say it as a problem). */
function validate(text: string): { problems: Problem[] } {
  const warnings: string[] = [];
  const emitWarning = process.emitWarning;
  process.emitWarning = (warning: string | Error) => void warnings.push(String(warning));
  try {
    const result = validateResponseText(text, FILE, { edition: 2022, today: TODAY, readSource });
    expect(warnings).toEqual([]);
    return result;
  } finally {
    process.emitWarning = emitWarning;
  }
}

function expectLocated(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(p.file).toBe(FILE);
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
    expect(p.field.length).toBeGreaterThan(0);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

/** Strange text: control characters, lone surrogates, bidi controls, YAML indicators, long runs. */
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\ufeff', '\u202e', '\u2066', '\ud800', '\udfff', '\t', '\r'),
    maxLength: 6,
  }),
  fc.constantFrom(
    ':',
    '- ',
    '? ',
    '&a ',
    '*a',
    '!!binary ',
    '!tag ',
    '%YAML 1.2',
    '---',
    '...',
    '|',
    '>-',
    '{',
    '}',
    '[',
    ']',
    '#',
    '"',
    "'",
    '@',
    '`',
  ),
  fc.constantFrom(
    'null',
    '~',
    'true',
    'no',
    'yes',
    '0x1F',
    '1e999',
    '-.inf',
    '.nan',
    '2023-02-30',
    '<<: *a',
    'not_legible_in_source',
    '194-1',
    '0',
  ),
  fc.constantFrom('x'.repeat(5000), '👩🏽‍💻'.repeat(50), 'Z̷̢a̵l̸g̴o̶', '\u0301\u0301\u0301'),
);

type Mutation = (lines: string[]) => string[];

const at = (lines: readonly string[], i: number) => (lines.length ? i % lines.length : 0);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Deleted, duplicated and swapped lines.
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.filter((_, j) => j !== at(lines, i)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.flatMap((l, j) => (j === at(lines, i) ? [l, l] : [l])),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([i, k]): Mutation => (lines) => {
    const out = [...lines];
    const a = at(out, i);
    const b = at(out, k);
    [out[a], out[b]] = [out[b] ?? '', out[a] ?? ''];
    return out;
  }),
  // A retyped key, a swapped value: the text before or after the first colon replaced.
  fc.tuple(fc.nat(), oddText).map(
    ([i, text]): Mutation =>
      (lines) =>
        lines.map((l, j) =>
          j === at(lines, i) && l.includes(':') ? `${l.slice(0, l.indexOf(':')).replace(/\S+$/, text)}${l.slice(l.indexOf(':'))}` : l,
        ),
  ),
  fc.tuple(fc.nat(), oddText).map(
    ([i, text]): Mutation =>
      (lines) =>
        lines.map((l, j) => (j === at(lines, i) && l.includes(':') ? `${l.slice(0, l.indexOf(':') + 1)} ${text}` : l)),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([i, k]): Mutation => (lines) => {
    const value = (l: string) => (l.includes(':') ? l.slice(l.indexOf(':') + 1) : '');
    const other = value(lines[at(lines, k)] ?? '');
    return lines.map((l, j) => (j === at(lines, i) && l.includes(':') ? `${l.slice(0, l.indexOf(':') + 1)}${other}` : l));
  }),
  // Injected characters anywhere in a line.
  fc.tuple(fc.nat(), fc.nat(), oddText).map(
    ([i, col, text]): Mutation =>
      (lines) =>
        lines.map((l, j) => (j === at(lines, i) ? `${l.slice(0, col % (l.length + 1))}${text}${l.slice(col % (l.length + 1))}` : l)),
  ),
  // Indentation damage.
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(
    ([i, shift]): Mutation =>
      (lines) =>
        lines.map((l, j) =>
          j === at(lines, i) ? (shift >= 0 ? `${' '.repeat(shift)}${l}` : l.slice(Math.min(-shift, l.length - l.trimStart().length))) : l,
        ),
  ),
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.map((l, j) => (j === at(lines, i) ? l.replace(/^ +/, (s) => '\t'.repeat(Math.ceil(s.length / 2))) : l)),
  ),
  // Truncation.
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.slice(0, at(lines, i)),
  ),
);

/** The whole text cut at any character, not only at a line break. */
const truncated = fc.nat({ max: BASE.length }).map((n) => BASE.slice(0, n));

const mutated = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .array(mutation, { minLength: 1, maxLength: 6 })
      .map((ms) => ms.reduce((lines, m) => m(lines), BASE.split('\n')).join('\n')),
  },
  { weight: 1, arbitrary: truncated },
);

describe('the validator under random damage', () => {
  it('never throws, and locates every problem at a file, line ≥ 1, column ≥ 1 and a field', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const { problems } = validate(text);
        expectLocated(problems);
      }),
      { numRuns: 2000, seed: 20261202 },
    );
  }, 60_000);

  it('reports damage: most mutated files are refused (a checker that accepts everything fails here)', () => {
    const samples = fc.sample(mutated, { numRuns: 300, seed: 7 });
    const refused = samples.filter((text) => text !== BASE && validate(text).problems.length > 0);
    expect(refused.length).toBeGreaterThan(samples.length / 2);
  });
});

describe('YAML anchors and aliases', () => {
  const BOMB = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
    'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  ].join('\n');

  it('refuse a "billion laughs" file with located (yaml) problems instead of expanding it', () => {
    const { problems } = validate(`${BASE}\n${BOMB}\n`);
    expect(problems.length).toBeGreaterThan(0);
    expectLocated(problems);
    expect(problems.every((p) => p.field === '(yaml)' && /anchor|alias/.test(p.message))).toBe(true);
    expect(problems[0]?.line).toBe(BASE.split('\n').length + 1);
  });

  it('refuse a single anchor and alias in an otherwise valid response', () => {
    const text = BASE.replace('  name: Testville', '  name: &n Testville').replace('      name: Bo Example', '      name: *n');
    expect(validate(text).problems.map((p) => `${String(p.line)} ${p.field} ${p.message.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      `${String(text.split('\n').indexOf('  name: &n Testville') + 1)} (yaml) YAML anchor refused:`,
      `${String(text.split('\n').indexOf('      name: *n') + 1)} (yaml) YAML alias refused:`,
    ]);
  });
});
