import { describe, expect, it } from 'vitest';
import { classifyLine, stripLead } from '../../../../src/lib/import/classify.ts';
import type { ClassifyContext } from '../../../../src/lib/import/classify.ts';
import { FORM, LIGHTHOUSE, LOWMOOR } from './edition-fixture.ts';

const inLighthouse: ClassifyContext = { pending: null, section: 'X', current: LIGHTHOUSE };

describe('classifyLine', () => {
  it.each([
    ['a definition', '¹ A lighthouse is a tower with a bright light that guides ships at night.', { kind: 'footnote' }],
    ['a page header', 'Lowmoor Harbour Questionnaire – returned copy', { kind: 'furniture', as: 'page furniture' }],
    ["the form's introduction", LOWMOOR.introduction, { kind: 'furniture', as: 'introduction' }],
    ['a section heading', 'XI. Harbour Records', { kind: 'section', section: 'XI' }],
    [
      'a question with its answer on the same line',
      '2. Please describe the keeper’s diary: Kept since 1890.',
      { kind: 'question', question: expect.objectContaining({ id: 'X.2' }), pending: null, remainder: 'Kept since 1890.' },
    ],
    [
      'the start of a question broken across lines',
      'Does the fictional town of Lowmoor run',
      { kind: 'question', question: expect.objectContaining({ id: 'X.1' }), pending: 'itsownlighthouse', remainder: '' },
    ],
    [
      'a ticked checklist item',
      '☒ a. The light is lit every night',
      { kind: 'label', field: expect.objectContaining({ key: 'night' }), mark: 'chosen', pending: null, remainder: '' },
    ],
    [
      'an option with text after it',
      '☒ Other: amber',
      {
        kind: 'label',
        field: expect.objectContaining({ key: 'colour' }),
        option: 'other',
        mark: 'chosen',
        pending: null,
        remainder: 'amber',
      },
    ],
    ['a prompt of the form', 'Please explain.', { kind: 'form text' }],
    ['a numbered question the edition does not have', '7. Does the town own a submarine?', { kind: 'unknown question' }],
    ['answer text', 'The keeper is Ada Lowmoor.', { kind: 'answer' }],
    ['a Yes/No line', '☒ Yes ☐ No', { kind: 'answer' }],
  ])('%s', (_, text, expected) => {
    expect(classifyLine(text, FORM, inLighthouse)).toEqual(expected);
  });

  it('continues a wording started on the previous line, before anything else', () => {
    const pending = { ...inLighthouse, pending: 'itsownlighthouse' };
    expect(classifyLine('its own lighthouse? Yes', FORM, pending)).toEqual({ kind: 'continuation', pending: null, remainder: 'Yes' });
    expect(classifyLine('its own', FORM, pending)).toEqual({ kind: 'continuation', pending: 'lighthouse', remainder: '' });
    // A footnote may come between the parts of a wording.
    expect(classifyLine('¹ A lighthouse is a tower with a bright light that guides ships at night.', FORM, pending).kind).toBe('footnote');
    expect(classifyLine('The keeper is Ada Lowmoor.', FORM, pending).kind).toBe('answer');
  });

  it('looks for labels only inside a question, and for unknown questions only after one', () => {
    const noQuestion: ClassifyContext = { pending: null, section: null, current: null };
    expect(classifyLine('☒ a. The light is lit every night', FORM, noQuestion).kind).toBe('form text');
    expect(classifyLine('☒ Red light', FORM, noQuestion).kind).toBe('answer');
    expect(classifyLine('7. Does the town own a submarine?', FORM, noQuestion).kind).toBe('answer');
  });
});

describe('stripLead', () => {
  it.each([
    [': Kept since 1890.', 'Kept since 1890.'],
    ['?¹ – Yes', 'Yes'],
    ['  ', ''],
    ['Yes.', 'Yes.'],
  ])('%j -> %j', (text, expected) => {
    expect(stripLead(text)).toBe(expected);
  });
});
