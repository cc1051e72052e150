import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { continuesWording, dice, diceAtLeast, matchWording, prefixDistance } from '../../../../src/lib/import/match.ts';
import { readPlainAnswer, readYesNoLine } from '../../../../src/lib/import/marks.ts';
import { stripMarkdown, toLines } from '../../../../src/lib/import/lines.ts';

describe('matchWording', () => {
  const wording = 'Do you collect usage statistics of e-Government services?';
  it('matches despite bold markers, footnote numbers, case and a small typo, and returns what follows', () => {
    expect(matchWording('Do you collect usage **statistics** of e-Government³ services? Yes No', wording)).toMatchObject({
      complete: true,
      remainder: '? Yes No',
    });
    expect(matchWording('DO YOU COLLECT USAGE STATISTCS OF E-GOVERNMENT SERVICES?', wording)?.complete).toBe(true);
  });
  it('recognises the start of a wording broken across lines, and its continuation', () => {
    const m = matchWording('Do you collect usage statistics of e-', wording);
    expect(m).toMatchObject({ complete: false, pending: 'governmentservices' });
    expect(continuesWording('Government services?', m?.pending ?? '')).toEqual({ pending: '', remainder: '' });
    expect(continuesWording('Government services? Yes', m?.pending ?? '')).toEqual({ pending: '', remainder: '? Yes' });
  });
  it('does not match unrelated text or short fragments', () => {
    expect(matchWording('Do you publish the city budget?', wording)).toBeNull();
    expect(matchWording('Do you collect', wording)).toBeNull();
  });
});

describe('check-box marks and plain answers', () => {
  it('reads marks before or after the options', () => {
    expect(readYesNoLine('☒ Yes ☐ No')).toEqual({ kind: 'answer', value: 'yes' });
    expect(readYesNoLine('Yes ☐ No ☑')).toEqual({ kind: 'answer', value: 'no' });
    expect(readYesNoLine('[ ] Yes [x] No')).toEqual({ kind: 'answer', value: 'no' });
    expect(readYesNoLine('✓ Yes No')).toEqual({ kind: 'answer', value: 'yes' });
  });
  it('tells unmarked, blank and conflicting lines apart, and ignores other lines', () => {
    expect(readYesNoLine('Yes No')).toEqual({ kind: 'unmarked' });
    expect(readYesNoLine('☐ Yes ☐ No')).toEqual({ kind: 'blank' });
    expect(readYesNoLine('☒ Yes ☒ No')).toEqual({ kind: 'conflict' });
    expect(readYesNoLine('Yes, we do')).toBeNull();
  });
  it("reads a respondent's own Yes/No", () => {
    expect(readPlainAnswer('Yes')).toEqual({ value: 'yes', keepAsText: false });
    expect(readPlainAnswer('No.')).toEqual({ value: 'no', keepAsText: false });
    expect(readPlainAnswer('Yes, Darmen App')).toEqual({ value: 'yes', keepAsText: true });
    expect(readPlainAnswer('Yesterday we launched')).toBeNull();
    expect(readPlainAnswer('No data is published')).toBeNull();
  });
});

describe('lines', () => {
  it("strips the export's Markdown and normalises line endings", () => {
    expect(stripMarkdown('See <https://a.example/x> and **bold** [Knowledgebase](#)')).toBe(
      'See https://a.example/x and bold Knowledgebase',
    );
    expect(toLines('a\r\n\r\n\r\nb\rc').map((l) => [l.number, l.text, l.startsParagraph])).toEqual([
      [1, 'a', true],
      [4, 'b', true],
      [5, 'c', false],
    ]);
  });
});

describe('the fast paths give the same answers', () => {
  const words = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é', '1'), maxLength: 40 });
  it('diceAtLeast is dice >= threshold', () => {
    fc.assert(
      fc.property(words, words, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        expect(diceAtLeast(a, b, t)).toBe(dice(a, b) >= t);
      }),
    );
  });
  it('prefixDistance with a cap is exact up to the cap, Infinity beyond', () => {
    fc.assert(
      fc.property(words, words, fc.nat(12), (a, b, cap) => {
        const exact = prefixDistance(a, b);
        const capped = prefixDistance(a, b, cap);
        if (exact.distance <= cap) expect(capped).toEqual(exact);
        else expect(capped.distance).toBe(Number.POSITIVE_INFINITY);
      }),
    );
  });
});
