import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContentDir, validateResponseText } from '../../../../src/lib/validate/index.ts';
import type { Problem } from '../../../../src/lib/validate/index.ts';

const BASE_FILE = 'tests/fixtures/responses/2022/testville.yaml';
const BASE = readFileSync(BASE_FILE, 'utf8');
/** The fixture's source document, which its evidence block points into. */
const SOURCE_FILE = 'tests/fixtures/sources/2022/testville-lgq-2022.txt';
const TODAY = new Date('2026-01-01T00:00:00Z');

/** Replace one exact line of the valid fixture; returns the new text and the 1-based line number changed. */
function withLine(find: string, replacement: string, text = BASE): { text: string; line: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l === find);
  if (index < 0) throw new Error(`fixture has no line ${JSON.stringify(find)}`);
  lines.splice(index, 1, ...replacement.split('\n'));
  return { text: lines.join('\n'), line: index + 1 };
}

function lineOf(text: string, exact: string): number {
  const i = text.split('\n').findIndex((l) => l === exact);
  if (i < 0) throw new Error(`no line ${exact}`);
  return i + 1;
}

function validate(text: string): Problem[] {
  return validateResponseText(text, 'content/responses/2022/testville.yaml', { edition: 2022, today: TODAY }).problems;
}

function expectOne(problems: Problem[], expected: { line: number; field: string; message: RegExp }) {
  expect(problems.map(formatProblem)).toHaveLength(1);
  const [p] = problems;
  expect(p).toMatchObject({ file: 'content/responses/2022/testville.yaml', line: expected.line, field: expected.field });
  expect(p?.message).toMatch(expected.message);
  expect(p?.column).toBeGreaterThan(0);
}

describe('validateResponseText', () => {
  it('accepts the valid fixture', () => {
    expect(validate(BASE)).toEqual([]);
  });

  it('reports a YAML syntax error at its line', () => {
    const { text, line } = withLine('    lat: 45.76', '    lat: 45.76: 3');
    expectOne(validate(text), { line, field: '(yaml)', message: /^YAML syntax: / });
  });

  it('reports an unknown key (a typo) at the key', () => {
    const { text, line } = withLine('    portals:', '    portal:');
    expectOne(validate(text), { line, field: 'answers.I.1.portal', message: /unknown field "portal"/ });
  });

  it('reports a missing required field at its parent', () => {
    const { text } = withLine('    answer: not_answered', '    explanation: Some text.');
    const problems = validate(text);
    expectOne(problems, { line: lineOf(text, '  III.1:'), field: 'answers.III.1.answer', message: /required but missing/ });
  });

  it('reports a missing top-level field', () => {
    const { text } = withLine('submitted: 2023-01-15', '');
    expectOne(validate(text), { line: 3, field: 'submitted', message: /required but missing/ });
  });

  it('reports a wrong type with what was found', () => {
    const { text, line } = withLine('    lat: 45.76', '    lat: north');
    expectOne(validate(text), { line, field: 'city.coordinates.lat', message: /number.*"north"/ });
  });

  it('rejects a closed answer written as a boolean', () => {
    const { text, line } = withLine('    national: yes', '    national: true');
    expectOne(validate(text), {
      line,
      field: 'answers.II.1.national',
      message: /must be one of: yes, no, not_answered, not_legible_in_source/,
    });
  });

  it.each([
    ['above 100', '160'],
    ['below 0', '-5'],
  ])('rejects a percentage %s', (_label, value) => {
    const { text, line } = withLine('    percent: 60', `    percent: ${value}`);
    expectOne(validate(text), { line, field: 'answers.IV.1.percent', message: /between 0 and 100/ });
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['relative', '/portal/index.html'],
    ['protocol-relative', '//portal.testville.example/'],
    ['ftp:', 'ftp://portal.testville.example/'],
  ])('rejects a %s URL', (_label, url) => {
    const { text, line } = withLine('      - https://portal.testville.example/', `      - ${url}`);
    expectOne(validate(text), { line, field: 'answers.I.1.portals[0]', message: /absolute http:\/\/ or https:\/\/ URL/ });
  });

  it('rejects a bad URL inside a labelled link', () => {
    const { text, line } = withLine(
      '      - https://services.testville.example/',
      '      - url: javascript:alert(1)\n        label: Services',
    );
    const problems = validate(text);
    expect(problems.map(formatProblem).join('\n')).toMatch(/answers\.IV\.1\.links\[0\]/);
    expect(problems[0]?.line).toBe(line);
  });

  it('rejects a malformed e-mail address', () => {
    const { text, line } = withLine('      email: ada@testville.example', '      email: ada-at-testville');
    expectOne(validate(text), { line, field: 'answers.I.3.cio.email', message: /valid e-mail/ });
  });

  it('rejects an impossible date', () => {
    const { text, line } = withLine('submitted: 2023-01-15', 'submitted: 2023-02-30');
    expectOne(validate(text), { line, field: 'submitted', message: /not a real calendar date/ });
  });

  it('rejects a submission date in the future', () => {
    const { text, line } = withLine('submitted: 2023-01-15', 'submitted: 2026-06-01');
    expectOne(validate(text), { line, field: 'submitted', message: /in the future \(today is 2026-01-01\)/ });
  });

  it.each([['XX'], ['fr'], ['FRA']])('rejects the country code %s', (code) => {
    const { text, line } = withLine('  country: FR', `  country: ${code}`);
    expectOne(validate(text), { line, field: 'city.country', message: /ISO 3166-1 alpha-2/ });
  });

  it('rejects HTML in free text (it would be shown as text anyway)', () => {
    const { text, line } = withLine(
      '    explanation: Sixty per cent of services are online.',
      '    explanation: <script>alert(1)</script> Sixty per cent.',
    );
    expectOne(validate(text), { line, field: 'answers.IV.1.explanation', message: /HTML is not allowed/ });
  });

  it('rejects an event-handler attribute in free text', () => {
    const { text, line } = withLine(
      '    explanation: Sixty per cent of services are online.',
      '    explanation: \'<img src=x onerror="alert(1)"> Sixty per cent.\'',
    );
    expectOne(validate(text), { line, field: 'answers.IV.1.explanation', message: /HTML is not allowed/ });
  });

  it('rejects a tag written with a slash instead of a space, but not a bracketed URL', () => {
    const slash = withLine(
      '    explanation: Sixty per cent of services are online.',
      '    explanation: <svg/onload=alert(1)> Sixty per cent.',
    );
    expectOne(validate(slash.text), { line: slash.line, field: 'answers.IV.1.explanation', message: /HTML is not allowed/ });
    const autolink = withLine(
      '    explanation: Sixty per cent of services are online.',
      '    explanation: See <https://services.testville.example/>.',
    );
    expect(validate(autolink.text)).toEqual([]);
  });

  it('rejects bidirectional override characters', () => {
    const { text, line } = withLine('    explanation: Sixty per cent of services are online.', '    explanation: "Sixty \u202Eper cent"');
    expectOne(validate(text), { line, field: 'answers.IV.1.explanation', message: /bidirectional override/ });
  });

  it('rejects an edition that differs from the folder', () => {
    const { text, line } = withLine('edition: 2022', 'edition: 2024');
    expectOne(validate(text), { line, field: 'edition', message: /must be 2022/ });
  });

  it('rejects a withheld path that is not a field', () => {
    const { text, line } = withLine('fictional: true', 'fictional: true\nwithheld:\n  - I.3.cio.shoe_size');
    const problems = validate(text);
    expectOne(problems, { line: line + 2, field: 'withheld[0]', message: /not a field of this edition/ });
  });

  it('lists every problem in a file at once, in line order', () => {
    let text = withLine('    lat: 45.76', '    lat: north').text;
    text = withLine('    percent: 60', '    percent: 160', text).text;
    text = withLine('      email: ada@testville.example', '      email: nope', text).text;
    const problems = validate(text);
    expect(problems.map((p) => p.field)).toEqual(['city.coordinates.lat', 'answers.I.3.cio.email', 'answers.IV.1.percent']);
  });
});

describe('validateContentDir', () => {
  function contentDir(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'lgq-validate-'));
    for (const [path, text] of Object.entries({ ...files, '.sources/2022/testville-lgq-2022.txt': readFileSync(SOURCE_FILE, 'utf8') })) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it('accepts a valid folder and returns every response', async () => {
    const dir = contentDir({ '2022/testville.yaml': BASE });
    const result = await validateContentDir(dir, { today: TODAY, displayRoot: dir });
    expect(result.problems).toEqual([]);
    expect(result.responses.map((r) => r.slug)).toEqual(['testville']);
  });

  it('rejects a file name that breaks the slug rule', async () => {
    const dir = contentDir({ '2022/Test_Ville.yaml': BASE });
    const { problems } = await validateContentDir(dir, { today: TODAY, displayRoot: dir });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^2022\/Test_Ville\.yaml:1:1 {2}\(file name\) {2}file name "Test_Ville" breaks the slug rule/),
    ]);
  });

  it('rejects a slug that a site route uses', async () => {
    const dir = contentDir({ '2022/page.yaml': BASE });
    const { problems, responses } = await validateContentDir(dir, { today: TODAY, displayRoot: dir });
    expect(responses).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^2022\/page\.yaml:1:1 {2}\(file name\) {2}file name "page" is reserved/),
    ]);
  });

  it('rejects two files for the same city and edition, naming both', async () => {
    const dir = contentDir({ '2022/testville.yaml': BASE, '2022/testville-2.yaml': BASE.replace('name: Testville', 'name: TESTVILLE') });
    const { problems, responses } = await validateContentDir(dir, { today: TODAY, displayRoot: dir });
    expect(responses).toHaveLength(1);
    expect(problems).toHaveLength(1);
    // Files are read in name order: testville-2.yaml first, so testville.yaml is the duplicate.
    expect(formatProblem(problems[0]!)).toMatch(
      /^2022\/testville\.yaml:6:9 {2}city\.name {2}Testville \(FR\) already has a 2022 response in 2022\/testville-2\.yaml: one file per city per edition/,
    );
  });

  it('rejects an edition folder the questionnaire does not define', async () => {
    const dir = contentDir({ '2019/testville.yaml': BASE });
    const { problems } = await validateContentDir(dir, { today: TODAY, displayRoot: dir });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^2019\/testville\.yaml:1:1 {2}edition {2}is in folder "2019", but the questionnaire defines no such edition \(known editions: 2022\)/,
      ),
    ]);
  });

  it('accounts for every file: stray files are errors, never skipped', async () => {
    const dir = contentDir({ '2022/testville.yaml': BASE, '2022/notes.md': '# hi', '2022/paris.yml': BASE, 'loose.yaml': BASE });
    const { problems, fileCount } = await validateContentDir(dir, { today: TODAY, displayRoot: dir });
    expect(fileCount).toBe(4);
    expect(problems.map((p) => p.file).sort()).toEqual(['2022/notes.md', '2022/paris.yml', 'loose.yaml']);
    expect(problems.find((p) => p.file === '2022/paris.yml')?.message).toMatch(/rename \.yml to \.yaml/);
  });

  it('reports problems across several files in one run', async () => {
    const dir = contentDir({
      '2022/a.yaml': withLine('  country: FR', '  country: XX').text.replace('name: Testville', 'name: Aville'),
      '2022/b.yaml': withLine('    percent: 60', '    percent: 101').text.replace('name: Testville', 'name: Bville'),
    });
    const { problems } = await validateContentDir(dir, { today: TODAY, displayRoot: dir });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['2022/a.yaml city.country', '2022/b.yaml answers.IV.1.percent']);
  });
});

describe('npm run validate (scripts/validate.ts)', () => {
  it('passes on the repository content', () => {
    const out = execFileSync('npx', ['node', 'scripts/validate.ts'], { encoding: 'utf8' });
    expect(out).toMatch(/✓ \d+ response file\(s\) valid/);
  });

  it('exits non-zero and prints file:line:col  field  message for each problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgq-validate-cli-'));
    mkdirSync(join(dir, '2022'));
    writeFileSync(join(dir, '2022/testville.yaml'), withLine('    percent: 60', '    percent: 160').text);
    const r = spawnSync('npx', ['node', 'scripts/validate.ts', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2022\/testville\.yaml:\d+:\d+ {2}answers\.IV\.1\.percent {2}a percentage must be between 0 and 100/);
    expect(r.stderr).toMatch(/1 problem in 1 of 1 file/);
  });
});
