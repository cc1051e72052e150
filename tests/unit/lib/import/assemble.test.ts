import { describe, expect, it } from 'vitest';
import { initialState, placeAnswer, readDocument, step } from '../../../../src/lib/import/assemble.ts';
import type { ReadState } from '../../../../src/lib/import/assemble.ts';
import type { LineClass } from '../../../../src/lib/import/classify.ts';
import { toLines } from '../../../../src/lib/import/lines.ts';
import type { SourceLine } from '../../../../src/lib/import/lines.ts';
import { field } from '../../fields/import-fixtures.ts';
import { DIARY, FORM, LIGHTHOUSE, LOWMOOR, SHIPS } from './edition-fixture.ts';

const line = (text: string, number = 5, startsParagraph = true): SourceLine => ({ number, text, startsParagraph });
const inQuestion = (partial: Partial<ReadState> = {}): ReadState =>
  step(
    { ...initialState(), ...partial },
    line('Does the fictional town of Lowmoor run its own lighthouse?', 1),
    {
      kind: 'question',
      question: LIGHTHOUSE,
      pending: null,
      remainder: '',
    },
    LOWMOOR,
  );
const run = (state: ReadState, text: string, cls: LineClass) => step(state, line(text), cls, LOWMOOR);

describe('step: the reading after one classified line', () => {
  it('strips footnotes and furniture, keeps the pending wording and marks the interruption', () => {
    const pending = { ...inQuestion(), pending: 'lighthouse' };
    const after = run(pending, '¹ A lighthouse is …', { kind: 'footnote' });
    expect(after).toMatchObject({ pending: 'lighthouse', interrupted: true });
    expect(after.stripped.at(-1)).toEqual({ line: 5, text: '¹ A lighthouse is …', kind: 'footnote' });
    expect(run(pending, 'Page 2', { kind: 'furniture', as: 'page furniture' }).stripped.at(-1)?.kind).toBe('page furniture');
  });

  it('enters a section at its first question not yet found', () => {
    const after = run(inQuestion(), 'X. Lights and Keepers', { kind: 'section', section: 'X' });
    expect(after).toMatchObject({ section: 'X', current: DIARY, labelled: null, pending: null });
    expect(after.questions.get('X.2')?.found).toBe(false);
    expect(run(initialState(), 'XI. Harbour Records', { kind: 'section', section: 'XI' }).current).toBe(SHIPS);
  });

  it('enters a question once, in document order, and places the answer after its wording', () => {
    const state = inQuestion();
    expect(state).toMatchObject({ current: LIGHTHOUSE, section: 'X', order: ['X.1'] });
    const diary = run(state, '2. Please describe the keeper’s diary: Kept since 1890.', {
      kind: 'question',
      question: DIARY,
      pending: null,
      remainder: 'Kept since 1890.',
    });
    expect(diary.order).toEqual(['X.1', 'X.2']);
    expect(diary.questions.get('X.2')?.texts.get('explanation')).toEqual(['Kept since 1890.']);
    expect(diary.stripped.at(-1)?.kind).toBe('form text');
    const back = run(diary, 'Does the fictional town …', { kind: 'question', question: LIGHTHOUSE, pending: null, remainder: '' });
    expect(back.order).toEqual(['X.1', 'X.2']);
  });

  it('reads a label through its kind and remembers the field for the next lines', () => {
    const labelled = run(inQuestion(), '☒ a. The light is lit every night', {
      kind: 'label',
      field: field('night'),
      mark: 'chosen',
      pending: null,
      remainder: '',
    });
    expect(labelled.labelled?.key).toBe('night');
    expect(labelled.questions.get('X.1')?.closed.get('night')).toMatchObject({ how: 'item', mark: 'chosen' });
    const history = field('history');
    const text = run(
      run(inQuestion(), 'History:', { kind: 'label', field: history, mark: 'none', pending: null, remainder: '' }),
      'Built 1890.',
      {
        kind: 'answer',
      },
    );
    expect(text.questions.get('X.1')?.texts.get('history')).toEqual(['Built 1890.']);
  });

  it.each<[string, LineClass, string]>([
    ['an unknown question', { kind: 'unknown question' }, 'looks like a question, but not one of this edition'],
    ['an answer the question has no field for', { kind: 'answer' }, 'X.2 has no free-text field here'],
  ])('reports %s', (_, cls, reason) => {
    const inDiary = { ...inQuestion(), current: { ...DIARY, fields: [] } };
    expect(run(inDiary, 'Something else.', cls).unplaced).toEqual([{ line: 5, text: 'Something else.', reason }]);
  });
});

describe('placeAnswer', () => {
  it('reads the top of the form into the header, and reports text between a section heading and its first question', () => {
    const city = placeAnswer(initialState(), line('Lowmoor'), 'Lowmoor');
    expect(placeAnswer(city, line('Norway'), 'Norway').header).toEqual({
      cityName: 'Lowmoor',
      countryCode: 'NO',
      countryFromDocument: 'Norway',
    });
    expect(placeAnswer({ ...initialState(), section: 'XI' }, line('Stray'), 'Stray').unplaced).toEqual([
      { line: 5, text: 'Stray', reason: 'no question to attach it to' },
    ]);
    expect(placeAnswer(initialState(), line(''), '  ')).toEqual(initialState());
  });

  it.each([
    ['Submission date: 3 May 2023', '2023-05-03', '3 May 2023', undefined],
    ['Date: 31.02.2023', null, '31.02.2023', 'could not read the date "31.02.2023": write it as YYYY-MM-DD'],
  ])('reads the date line %s', (text, submitted, raw, todo) => {
    const after = placeAnswer(inQuestion(), line(text), text);
    expect(after.submitted).toBe(submitted);
    expect(after.submittedRaw).toBe(raw);
    expect(after.todos['submitted']).toBe(todo);
    expect(after.questions.get('X.1')?.answered).toBe(true);
  });

  it('offers a line to the kinds in order: a Yes/No line is the answer, a "Yes, …" is the answer and text', () => {
    const marked = placeAnswer(inQuestion(), line('☒ Yes ☐ No'), '☒ Yes ☐ No').questions.get('X.1');
    expect(marked?.closed.get('answer')).toMatchObject({ how: 'marked' });
    expect(marked?.texts.size).toBe(0);
    const plain = placeAnswer(inQuestion(), line('Yes, since 1890.'), 'Yes, since 1890.').questions.get('X.1');
    expect(plain?.closed.get('answer')).toMatchObject({ how: 'plain', value: 'yes' });
    expect(plain?.texts.get('explanation')).toEqual(['Yes, since 1890.']);
  });

  it('passes the interruption to the text and clears it', () => {
    const first = placeAnswer(inQuestion(), line('The light is', 5), 'The light is');
    const interrupted = step(first, line('¹ A lighthouse is a tower …', 6), { kind: 'footnote' }, LOWMOOR);
    const after = placeAnswer(interrupted, line('lit at dusk.', 8), 'lit at dusk.');
    expect(after.interrupted).toBe(false);
    expect(after.questions.get('X.1')?.texts.get('explanation')).toEqual(['The light is lit at dusk.']);
  });
});

describe('readDocument', () => {
  it('reads a small form from its lines, in document order, reporting what it did not place', () => {
    const text = [
      'Lowmoor Harbour Questionnaire 2099',
      'Lowmoor',
      'Country: Norway',
      'X. Lights and Keepers',
      '2. Please describe the keeper’s diary.',
      'Kept since 1890.',
      'Does the fictional town of Lowmoor run',
      'its own lighthouse?',
      '☒ Yes ☐ No',
      '☒ Red light',
      'https://lowmoor.example.org/light',
      '7. Does the town own a submarine?',
    ].join('\n');
    const state = readDocument(toLines(text), FORM, 'IS');
    expect(state.order).toEqual(['X.2', 'X.1']);
    expect(state.header).toEqual({ cityName: 'Lowmoor', countryCode: 'IS', countryFromDocument: 'Norway' });
    const lighthouse = state.questions.get('X.1');
    expect(lighthouse?.closed.get('answer')).toMatchObject({ reading: { kind: 'answer', value: 'yes' } });
    expect(lighthouse?.options.get('red')).toBe('chosen');
    expect(lighthouse?.links.get('links')).toEqual(['https://lowmoor.example.org/light']);
    expect(state.unplaced.map((u) => u.line)).toEqual([12]);
    expect(state.stripped.map((s) => [s.line, s.kind])).toEqual([
      [1, 'page furniture'],
      [4, 'form text'],
      [5, 'form text'],
      [7, 'form text'],
      [8, 'form text'],
      [10, 'form text'],
    ]);
  });
});
