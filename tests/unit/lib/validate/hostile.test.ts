// What validation rejects in the hostile fixture (tests/fixtures/hostile): every line marked
// `# expect-rejected` must be reported at that very line, and nothing else; the file whose lines are
// all marked `# inert` is accepted as it is (tests/e2e/hostile.test.ts builds it and proves it inert).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, validateContentDir } from '../../../../src/lib/validate/index.ts';
import type { ContentValidation } from '../../../../src/lib/validate/index.ts';

const FIXTURE = resolve('tests/fixtures/hostile');
const FILES = ['bidi-city.yaml', 'inert-city.yaml', 'markup-city.yaml', 'url-city.yaml'];

let result: ContentValidation;
beforeAll(async () => {
  result = await validateContentDir(FIXTURE, { displayRoot: FIXTURE, today: new Date('2026-01-01T00:00:00Z') });
});

/** 1-based numbers of the lines carrying a marker comment. */
function markedLines(file: string, marker: string): number[] {
  return readFileSync(join(FIXTURE, '2022', file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (!line.startsWith('#') && line.includes(`# ${marker}`) ? [i + 1] : []));
}

describe('the hostile fixture under validation', () => {
  it('reads every file of the fixture', () => {
    expect(result.fileCount).toBe(FILES.length);
  });

  it.each(FILES.filter((f) => f !== 'inert-city.yaml'))('%s: every marked line is rejected at that line, and only those', (file) => {
    const expected = markedLines(file, 'expect-rejected');
    expect(expected.length).toBeGreaterThan(0);
    const reported = result.problems.filter((p) => p.file === join('2022', file));
    expect([...new Set(reported.map((p) => p.line))].sort((a, b) => a - b)).toEqual(expected);
    // Each report is a usable `file:line:col  field  message`.
    for (const p of reported)
      expect(formatProblem(p)).toMatch(
        new RegExp(
          `^2022/${file.replace('.', '\\.')}:${p.line}:\\d+  answers\\.|^2022/${file.replace('.', '\\.')}:${p.line}:\\d+  city\\.`,
        ),
      );
  });

  it('says why: markup, non-http URLs and bidirectional overrides each get their own message', () => {
    const messages = (file: string) => result.problems.filter((p) => p.file === join('2022', file)).map((p) => p.message);
    expect(messages('markup-city.yaml').every((m) => m.startsWith('HTML is not allowed in free text'))).toBe(true);
    expect(messages('url-city.yaml').every((m) => m.startsWith('must be an absolute http:// or https:// URL'))).toBe(true);
    expect(messages('bidi-city.yaml').every((m) => m.startsWith('contains a bidirectional override character'))).toBe(true);
  });

  it('rejects whole files: no rejected file becomes a response', () => {
    expect(result.responses.map((r) => r.slug)).toEqual(['inert-city']);
  });

  it('accepts the inert file as written: script-like text, long words, emoji, other scripts and bidi isolates stay data', () => {
    expect(result.problems.filter((p) => p.file === join('2022', 'inert-city.yaml')).map(formatProblem)).toEqual([]);
    expect(markedLines('inert-city.yaml', 'inert').length).toBeGreaterThan(0);
    const inert = result.responses[0]!.data;
    const text = JSON.stringify(inert);
    expect(text).toContain('svg onload=window.__pwned=1;alert(1) and 1 < 2 > 0');
    expect(text).toContain('javascript:window.__pwned=1');
    expect(text).toContain('\u2067مدينة\u2069');
    expect(text).toContain('👩🏽‍💻');
    expect((inert.answers['I.3'] as { national_link?: string } | undefined)?.national_link).toMatch(/\S{5000}/);
  });
});
