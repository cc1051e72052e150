import { describe, expect, it } from 'vitest';
import { addText, appendParagraph, importer } from '../../../../src/fields/text/import.ts';
import { answerLine, field, finishContext, LIGHTHOUSE, readContext, readingsOf } from '../import-fixtures.ts';

describe('appendParagraph', () => {
  it.each([
    ['a new paragraph', ['The light.'], 'It burns.', { sameBlock: false, rejoinable: false }, ['The light.', 'It burns.']],
    ['the next line of the same block', ['The light.'], 'It burns.', { sameBlock: true, rejoinable: false }, ['The light.\nIt burns.']],
    [
      'a sentence cut by a footnote, continued in lower case',
      ['The light is'],
      'lit at dusk.',
      { sameBlock: false, rejoinable: true },
      ['The light is lit at dusk.'],
    ],
    ['a word hyphenated across a page break', ['The light-'], 'house.', { sameBlock: false, rejoinable: true }, ['The light-house.']],
    [
      'a finished sentence is not re-joined',
      ['The light.'],
      'lit at dusk.',
      { sameBlock: false, rejoinable: true },
      ['The light.', 'lit at dusk.'],
    ],
    [
      'a capital after an interruption starts a paragraph',
      ['The light is'],
      'It burns.',
      { sameBlock: false, rejoinable: true },
      ['The light is', 'It burns.'],
    ],
    ['the first paragraph', [], 'It burns.', { sameBlock: true, rejoinable: true }, ['It burns.']],
  ])('%s', (_, paragraphs, text, how, expected) => {
    expect(appendParagraph(paragraphs, text, how)).toEqual(expected);
  });
});

describe('text importer', () => {
  it('writes to the explanation, or to the text field labelled last, and remembers the line', () => {
    const outcome = importer.read?.(answerLine('Built in 1890.', { number: 4 }), readContext());
    expect(outcome).toMatchObject({ done: true, readings: { answered: true, lastText: { key: 'explanation', line: 4 } } });
    expect(outcome?.readings.texts.get('explanation')).toEqual(['Built in 1890.']);
    const labelled = importer.read?.(answerLine('Rebuilt in 1950.'), readContext(readingsOf(), field('history')));
    expect(labelled?.readings.texts.get('history')).toEqual(['Rebuilt in 1950.']);
  });

  it('keeps consecutive lines of one field together, and starts a paragraph after a blank line', () => {
    const one = addText(readingsOf(), field('explanation'), { number: 4, startsParagraph: true }, 'Built in 1890.');
    const two = addText(one, field('explanation'), { number: 5, startsParagraph: false }, 'Rebuilt in 1950.');
    const three = addText(two, field('explanation'), { number: 7, startsParagraph: true }, 'Automated in 1990.');
    expect(three.texts.get('explanation')).toEqual(['Built in 1890.\nRebuilt in 1950.', 'Automated in 1990.']);
    const otherField = addText(one, field('history'), { number: 5, startsParagraph: false }, 'Rebuilt in 1950.');
    expect(otherField.texts.get('explanation')).toEqual(['Built in 1890.']);
  });

  it('declines lines in a question without an explanation field unless one is labelled', () => {
    const noExplanation = { ...LIGHTHOUSE, fields: LIGHTHOUSE.fields.filter((f) => f.key !== 'explanation') };
    expect(importer.read?.(answerLine('Built in 1890.'), readContext(readingsOf(noExplanation)))).toBeNull();
  });

  it.each([
    ['paragraphs joined by a blank line', ['One.', 'Two.'], { value: 'One.\n\nTwo.' }],
    ['nothing read', undefined, {}],
  ])('finishes %s', (_, paragraphs, expected) => {
    const texts = new Map(paragraphs ? [['explanation', paragraphs]] : []);
    expect(importer.finish(field('explanation'), finishContext(readingsOf(LIGHTHOUSE, { texts })))).toEqual(expected);
  });
});
