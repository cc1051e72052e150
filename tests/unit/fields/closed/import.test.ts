import { describe, expect, it } from 'vitest';
import { answerField, importer } from '../../../../src/fields/closed/import.ts';
import type { LabelLine } from '../../../../src/lib/import/kind-importer.ts';
import type { Mark } from '../../../../src/lib/import/marks.ts';
import type { ClosedReading } from '../../../../src/lib/import/readings.ts';
import { answerLine, DIARY, field, finishContext, LIGHTHOUSE, readContext, readingsOf } from '../import-fixtures.ts';

const read = (text: string, ...args: Parameters<typeof readContext>) => importer.read?.(answerLine(text), readContext(...args));

describe('closed importer: answer lines', () => {
  it.each([
    [
      'a marked Yes/No line goes to the question’s own answer',
      '☒ Yes ☐ No',
      null,
      'answer',
      { how: 'marked', reading: { kind: 'answer', value: 'yes' } },
    ],
    ['after an item’s label, to that item', 'Yes No', 'night', 'night', { how: 'marked', reading: { kind: 'unmarked' } }],
    ['a bare "No" is the respondent’s own answer', 'No.', null, 'answer', { how: 'plain', value: 'no', text: 'No.' }],
  ] as const)('%s', (_, text, labelled, key, expected) => {
    const outcome = read(text, readingsOf(), labelled ? field(labelled) : null);
    expect(outcome?.done).toBe(true);
    expect(outcome?.readings.closed.get(key)).toMatchObject(expected);
  });

  it('reads "Yes, …" as the answer and leaves the line for the text', () => {
    const outcome = read('Yes, since 1890.');
    expect(outcome).toMatchObject({ done: false, readings: { answered: true } });
    expect(outcome?.readings.closed.get('answer')).toMatchObject({ how: 'plain', value: 'yes' });
  });

  it.each([
    ['once other answer content was seen', 'Yes', readingsOf(LIGHTHOUSE, { answered: true }), null],
    ['after a text field’s label', 'Yes', readingsOf(), field('explanation')],
    ['for ordinary text', 'The keeper lives on the rock.', readingsOf(), null],
  ])('does not read a plain answer %s', (_, text, readings, labelled) => {
    expect(read(text, readings, labelled)).toBeNull();
  });

  it('keeps the first reading of a field and reports a Yes/No line in a question without one', () => {
    const first = read('☒ Yes ☐ No')?.readings;
    expect(read('☐ Yes ☒ No', first)?.readings.closed.get('answer')).toMatchObject({ reading: { value: 'yes' } });
    expect(read('☒ Yes ☐ No', readingsOf(DIARY))).toMatchObject({ done: true, unplaced: 'X.2 has no yes/no answer' });
    expect(answerField(DIARY)).toBeUndefined();
    expect(answerField(LIGHTHOUSE)?.key).toBe('answer');
  });
});

describe('closed importer: item labels', () => {
  const label = (mark: Mark, rest: string): LabelLine => ({ number: 3, startsParagraph: true, field: field('night'), mark, rest });
  it.each([
    ['Yes/No after the label', 'none', '☐ Yes ☒ No', { how: 'marked', reading: { kind: 'answer', value: 'no' } }, undefined],
    ['a ticked box', 'chosen', '', { how: 'item', mark: 'chosen' }, undefined],
    ['a label without a box', 'none', '', { how: 'item', mark: 'none' }, undefined],
    ['text after an unmarked label is an answer', 'none', 'only in winter', undefined, 'only in winter'],
  ] as const)('%s', (_, mark, rest, reading, answer) => {
    const outcome = importer.readLabel?.(label(mark, rest), readContext());
    expect(outcome?.readings.closed.get('night')).toEqual(reading === undefined ? undefined : expect.objectContaining(reading));
    expect(outcome?.answer).toBe(answer);
  });
});

describe('closed importer: finishing', () => {
  const finish = (key: string, reading: ClosedReading | undefined, others: Record<string, ClosedReading> = {}, missing = false) => {
    const closed = new Map(Object.entries({ ...others, ...(reading ? { [key]: reading } : {}) }));
    return importer.finish(field(key), finishContext(readingsOf(LIGHTHOUSE, { closed }), missing));
  };
  const item = (mark: Mark): ClosedReading => ({ how: 'item', mark, line: 1 });
  it.each([
    ['nothing read', 'answer', undefined, {}, { value: 'not_legible_in_source', todo: expect.stringMatching(/does not show the choice/) }],
    ['a ticked Yes', 'answer', { how: 'marked', reading: { kind: 'answer', value: 'yes' }, line: 1 }, {}, { value: 'yes' }],
    [
      'both boxes empty',
      'answer',
      { how: 'marked', reading: { kind: 'blank' }, line: 1 },
      {},
      { value: 'not_answered', notes: ['both boxes are empty in the document.'] },
    ],
    [
      'both ticked, on an item',
      'night',
      { how: 'marked', reading: { kind: 'conflict' }, line: 1 },
      {},
      { value: 'not_legible_in_source', notes: ['At night: both Yes and No are ticked in the document.'] },
    ],
    [
      '"Yes No" without marks',
      'answer',
      { how: 'marked', reading: { kind: 'unmarked' }, line: 1 },
      {},
      { comment: 'document shows "Yes No"' },
    ],
    [
      'a short plain answer',
      'answer',
      { how: 'plain', value: 'no', text: 'No', line: 1 },
      {},
      { value: 'no', comment: 'document shows "No"', notes: ['The document shows only "No".'] },
    ],
    [
      'a long plain answer, quoted to a word boundary',
      'answer',
      { how: 'plain', value: 'yes', text: 'Yes, the light has burned every night since the harbour opened in 1890', line: 1 },
      {},
      {
        value: 'yes',
        comment: "stated in the respondent's text",
        notes: ['The respondent\'s text begins "Yes, the light has burned every night since the harbour…".'],
      },
    ],
    ['a ticked item', 'night', item('chosen'), {}, { value: 'yes' }],
    ['an unticked item beside a ticked one', 'night', item('unchosen'), { fog: item('chosen') }, { value: 'no' }],
    ['an unticked item when none is ticked', 'night', item('unchosen'), { fog: item('unchosen') }, { value: 'not_answered' }],
    [
      'an item without a box',
      'night',
      item('none'),
      {},
      { value: 'not_legible_in_source', todo: 'listed without a check mark: check the original' },
    ],
  ] as const)('%s', (_, key, reading, others, expected) => {
    expect(finish(key, reading, others)).toMatchObject(expected);
  });

  it('says when the whole question is missing', () => {
    expect(finish('answer', undefined, {}, true).todo).toBe('question not found in the document: check the original');
  });

  it.each([
    [
      'two items without boxes',
      { night: item('none'), fog: item('none') },
      ['The document lists 2 items without check marks, so which were checked cannot be read.'],
    ],
    ['one item without a box', { night: item('none') }, []],
    ['items without boxes beside a box', { night: item('none'), fog: item('unchosen') }, []],
  ] as const)('notes on the checklist: %s', (_, closed, notes) => {
    expect(importer.questionNotes?.(finishContext(readingsOf(LIGHTHOUSE, { closed: new Map(Object.entries(closed)) })))).toEqual(notes);
  });
});
