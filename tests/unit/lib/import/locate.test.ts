import { describe, expect, it } from 'vitest';
import { formTextOf } from '../../../../src/lib/import/form-text.ts';
import { bestField, bestQuestion } from '../../../../src/lib/import/locate.ts';
import type { QuestionDef } from '../../../../src/questionnaire/index.ts';
import { DIARY, FORM, LIGHTHOUSE, LOWMOOR, SHIPS } from './edition-fixture.ts';

const where = (section: string | null, current: QuestionDef | null = null) => ({ section, current });

describe('bestQuestion', () => {
  it.each([
    ['the whole wording, then an answer', '2. Please describe the keeper’s diary. Kept since 1890.', DIARY.id, true, '. Kept since 1890.'],
    ['without numbering, in other case', 'PLEASE DESCRIBE THE KEEPER’S DIARY.', DIARY.id, true, ''],
    ['the start of a wording broken across lines', 'Does the fictional town of Lowmoor run', LIGHTHOUSE.id, false, ''],
  ])('finds %s', (_, text, id, complete, remainder) => {
    const found = bestQuestion(text, FORM, where('X'));
    expect(found?.question.id).toBe(id);
    expect(found?.match).toMatchObject({ complete, remainder });
  });

  it('finds nothing in ordinary text', () => {
    expect(bestQuestion('The keeper wrote in it every evening.', FORM, where('X'))).toBeNull();
  });

  // Two questions with the same wording in different sections, and one that extends another.
  const twin: QuestionDef = { ...SHIPS, wording: DIARY.wording };
  const longer: QuestionDef = { ...DIARY, id: 'X.3', number: 3, wording: 'Please describe the keeper’s diary and the logbook.' };
  const twins = formTextOf({ ...LOWMOOR, questions: [LIGHTHOUSE, DIARY, twin] });
  it.each([
    ['the section read so far', 'Please describe the keeper’s diary.', where('XI'), 'XI.1'],
    ['the printed section and number', 'XI.1. Please describe the keeper’s diary.', where('X'), 'XI.1'],
    ['the printed number in the current section', '2. Please describe the keeper’s diary.', where('X'), 'X.2'],
  ])('between equal wordings, prefers %s', (_, text, whereabouts, id) => {
    expect(bestQuestion(text, twins, whereabouts)?.question.id).toBe(id);
  });

  // The same wording twice in one section: a repeated question is the next one, not the one just read.
  const repeated = formTextOf({ ...LOWMOOR, questions: [LIGHTHOUSE, DIARY, { ...DIARY, id: 'X.3', number: 3 }] });
  it.each([
    ['before any question', null, 'X.2'],
    ['after the first of them', DIARY, 'X.3'],
  ])('between equal wordings in one section, prefers a later question: %s', (_, current, id) => {
    expect(bestQuestion('Please describe the keeper’s diary.', repeated, where('X', current))?.question.id).toBe(id);
  });

  it('prefers the longer of two wordings that start alike', () => {
    const form = formTextOf({ ...LOWMOOR, questions: [DIARY, longer] });
    expect(bestQuestion('Please describe the keeper’s diary and the logbook.', form, where('X'))?.question.id).toBe('X.3');
  });
});

describe('bestField', () => {
  it.each([
    ['☒ b. The light is lit in fog', 'fog', undefined, 'chosen'],
    ['a. The light is lit every night ☐ Yes ☒ No', 'night', undefined, 'chosen'],
    ['☐ Red light (New)', 'colour', 'red', 'unchosen'],
    ['- White light', 'colour', 'white', 'none'],
  ])('%s', (text, key, option, mark) => {
    const found = bestField(text, LIGHTHOUSE);
    expect(found?.field.key).toBe(key);
    expect(found?.option).toBe(option);
    expect(found?.mark).toBe(mark);
  });

  it('keeps what follows the label, marks included, for the Yes/No reading', () => {
    expect(bestField('a. The light is lit every night ☐ Yes ☒ No', LIGHTHOUSE)?.match.remainder).toBe(' ☐ Yes ☒ No');
    expect(bestField('The keeper wrote in it every evening.', LIGHTHOUSE)).toBeNull();
  });
});
