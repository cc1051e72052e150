import { describe, expect, it } from 'vitest';
import { importer, readChoice } from '../../../../src/fields/choice/import.ts';
import type { LabelLine } from '../../../../src/lib/import/kind-importer.ts';
import type { Mark } from '../../../../src/lib/import/marks.ts';
import { field, finishContext, LIGHTHOUSE, readContext, readingsOf } from '../import-fixtures.ts';

const marks = (entries: Record<string, Mark>) => new Map(Object.entries(entries));

describe('readChoice', () => {
  it.each([
    ['one option ticked', { white: 'unchosen', red: 'chosen' }, { value: 'red' }],
    ['several ticked', { white: 'chosen', red: 'chosen' }, { value: 'not_legible_in_source', problem: 'several' }],
    ['all boxes empty', { white: 'unchosen', red: 'unchosen' }, { value: 'not_answered' }],
    ['options without boxes', { white: 'none', red: 'unchosen' }, { value: 'not_legible_in_source', problem: 'unmarked' }],
    ['no options in the document', {}, { value: 'not_legible_in_source', problem: 'absent' }],
  ] as const)('%s', (_, entries, expected) => {
    expect(readChoice(marks(entries))).toEqual(expected);
  });
});

describe('choice importer', () => {
  const label = (option: string | undefined, mark: Mark, rest = ''): LabelLine => ({
    number: 8,
    startsParagraph: true,
    field: field('colour'),
    ...(option ? { option } : {}),
    mark,
    rest,
  });

  it('records the mark beside an option, and keeps the words after "Other"', () => {
    const red = importer.readLabel?.(label('red', 'chosen'), readContext());
    expect(red?.readings.options.get('red')).toBe('chosen');
    const other = importer.readLabel?.(label('other', 'chosen', 'amber'), readContext());
    expect(other?.readings.texts.get('colour_other')).toEqual(['amber']);
    expect(other?.unplaced).toBeUndefined();
  });

  it('reports text after another option, and passes on text after the field’s own label', () => {
    expect(importer.readLabel?.(label('red', 'chosen', 'mostly'), readContext())?.unplaced).toEqual({
      text: 'mostly',
      reason: 'X.1: text after an option',
    });
    expect(importer.readLabel?.(label(undefined, 'none', 'red and white'), readContext())?.answer).toBe('red and white');
  });

  it.each([
    ['one ticked', { red: 'chosen' }, { value: 'red' }],
    [
      'several ticked',
      { white: 'chosen', red: 'chosen' },
      {
        value: 'not_legible_in_source',
        todo: 'several options ticked (white, red): check the original',
        notes: ['Several light colour options are ticked in the document.'],
      },
    ],
    [
      'listed without marks',
      { white: 'none' },
      {
        value: 'not_legible_in_source',
        todo: 'the options are listed without a mark: check the original',
        notes: ['The document lists the light colour options without a mark, so the choice cannot be read.'],
      },
    ],
    ['absent', {}, { value: 'not_legible_in_source', todo: 'the options are not in the document: check the original' }],
  ] as const)('finishes: %s', (_, entries, expected) => {
    expect(importer.finish(field('colour'), finishContext(readingsOf(LIGHTHOUSE, { options: marks(entries) })))).toEqual(expected);
  });
});
