import { describe, expect, it } from 'vitest';
import { initialState, readDocument } from '../../../../src/lib/import/assemble.ts';
import { finishDraft } from '../../../../src/lib/import/finish.ts';
import { toLines } from '../../../../src/lib/import/lines.ts';
import { FORM, LOWMOOR } from './edition-fixture.ts';

const finish = (lines: string[], country?: string) => finishDraft(readDocument(toLines(lines.join('\n')), FORM, country), LOWMOOR);

describe('finishDraft', () => {
  it('turns the readings into answers, notes, todos, comments and the report', () => {
    const { draft, report } = finish([
      'Lowmoor',
      'Country: Norway',
      'X. Lights and Keepers',
      'Does the fictional town of Lowmoor run its own lighthouse?',
      'Yes',
      'Lit on 96 % of nights, see https://lowmoor.example.org/light for more.',
      'https://lowmoor.example.org/log',
      'Submission date: 3 May 2099',
    ]);
    expect(draft).toMatchObject({ edition: 2099, city: { name: 'Lowmoor', country: 'NO' }, submitted: '2099-05-03' });
    expect(draft.answers['X.1']).toMatchObject({
      answer: 'yes',
      explanation: 'Lit on 96 % of nights, see https://lowmoor.example.org/light for more.',
      links: ['https://lowmoor.example.org/log'],
      percent: 96,
      colour: 'not_legible_in_source',
    });
    expect(draft.notes).toEqual({ 'X.1': 'The document shows only "Yes".' });
    expect(draft.comments).toMatchObject({ 'answers.X.1.answer': 'document shows "Yes"', 'answers.X.1.percent': 'from the text' });
    expect(report.urls).toEqual([{ field: 'X.1.links', url: 'https://lowmoor.example.org/log' }]);
    expect(report.questionsFound).toEqual(['X.1']);
    expect(report.questionsMissing).toEqual(['X.2', 'XI.1']);
    expect(report.todos).toMatchObject({
      'answers.X.1.night': 'the document does not show the choice: check the original',
      'answers.X.1.colour': 'the options are not in the document: check the original',
    });
    expect(report.todos['submitted']).toBeUndefined();
  });

  it('asks for what the top of the form and the last page did not give, in order', () => {
    const { draft, report } = finish(['Reference 12345']);
    expect(draft.city).toEqual({});
    expect(Object.entries(report.todos).slice(-3)).toEqual([
      ['city.name', 'city name not found at the top of the form'],
      ['city.country', 'country not found at the top of the form: pass --country XX'],
      ['submitted', 'submission date not found: write it as YYYY-MM-DD'],
    ]);
    expect(report.todos['answers.X.1.answer']).toBe('question not found in the document: check the original');
    const atlantis = finish(['Country: Atlantis']).report;
    expect(atlantis.todos['city.country']).toBe('country not found at the top of the form: pass --country XX');
    expect(atlantis.unplaced.map((u) => u.reason)).toEqual(['country "Atlantis" not recognised; pass --country XX']);
    expect(finish([], 'IS').draft.city).toEqual({ country: 'IS' });
  });

  it('lists a percent field as not given only when its question was read', () => {
    expect(finishDraft(initialState(), LOWMOOR).report.notGiven).toEqual([]);
    expect(finish(['X. Lights and Keepers', 'Lit most nights.']).report.notGiven).toEqual(['X.1.percent']);
  });
});
