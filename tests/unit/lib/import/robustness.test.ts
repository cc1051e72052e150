import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../../src/lib/import/index.ts';
import { answersOf, draftData, importText, problemsOutsideTodos } from './helpers.ts';

/*
 * Other exports than Almaty's: Windows line endings, extra blank lines,
 * questions out of order or missing, typed [x] marks, and lines the importer
 * cannot place, which must be reported rather than dropped.
 */

const FORM = [
  'Local Government Questionnaire (LGQ) for the United Nations E-Government Survey',
  '',
  'City: Fictional Bay',
  'Country: New Zealand',
  '',
  'III. Strategy and Implementation',
  '',
  '4. Do you publish the city/municipality budget online on the portal? Please explain further and provide links.',
  '',
  'No',
  '',
  '1. Is there a city/municipality e-Government Strategy or equivalent? If yes, please provide link and/or further details.',
  '[x] Yes [ ] No',
  'The strategy was adopted in 2021.',
  'https://bay.example.org/strategy - Digital strategy 2021',
  '',
  'I. Institutional Framework',
  '',
  '1. What is the official e-Government portal of the city/municipality? If more than one exists, please list all.',
  'https://bay.example.org/',
  '',
  'IV. Usage of online services',
  '2. What is the percentage of city/municipality services offered through dedicated mobile means (mobile applications)? Please explain and provide links.',
  'About 12 % of services, and 30 % are planned by 2025.',
  '',
  '1. What is the percentage of city/municipality services offered online (municipality website)? Please explain and provide links',
  'Roughly 40,5 % of our services are online.',
  '',
  'V. User satisfaction',
  '1. Do you measure the satisfaction of citizens with the e-Government services provided?',
  'Yes [ ] No [ ]',
  'Scanned page 7 was unreadable',
  '',
];

const crlf = (lines: string[]) => lines.join('\r\n');

describe('importing other exports', () => {
  it('handles Windows line endings and extra blank lines exactly like Unix text', async () => {
    const unix = await importText(FORM.join('\n'));
    const windows = await importText(crlf(FORM));
    const spaced = await importText(FORM.flatMap((l) => (l ? [l, '', ''] : ['', ''])).join('\r\n'));
    expect(windows.draft.answers).toEqual(unix.draft.answers);
    // Extra blank lines may only split paragraphs further; no value changes here (each answer is one paragraph).
    expect(spaced.draft.answers).toEqual(unix.draft.answers);
    expect(windows.yaml).not.toContain('\r');
  });

  it('tolerates reordered and missing questions', async () => {
    const result = await importText(crlf(FORM));
    const answers = answersOf(draftData(result));
    expect(result.report.questionsFound).toEqual(['III.4', 'III.1', 'I.1', 'IV.2', 'IV.1', 'V.1']);
    expect(result.report.questionsMissing).toContain('I.3');
    expect(answers['III.4']?.['answer']).toBe('no');
    expect(answers['III.1']).toMatchObject({
      answer: 'yes',
      explanation: 'The strategy was adopted in 2021.',
      links: [{ url: 'https://bay.example.org/strategy', label: 'Digital strategy 2021' }],
    });
    expect(answers['I.1']?.['portals']).toEqual(['https://bay.example.org/']);
    // A question that is not in the document: its closed answers are flagged, not invented.
    expect(answers['IV.3']?.['answer']).toBe('not_legible_in_source');
    expect(result.report.todos['answers.IV.3.answer']).toMatch(/not found in the document/);
    expect(result.yaml).toMatch(/IV\.3:\n {4}answer: not_legible_in_source # TODO question not found in the document/);
  });

  it('reads typed [x] marks, empty boxes as not answered, decimal commas, and leaves ambiguous numbers to a human', async () => {
    const result = await importText(crlf(FORM));
    const answers = answersOf(draftData(result));
    expect(answers['V.1']?.['answer']).toBe('not_answered');
    expect(answers['IV.1']?.['percent']).toBe(40.5);
    expect(answers['IV.2']?.['percent']).toBeUndefined();
    expect(result.report.todos['answers.IV.2.percent']).toMatch(/several percentages.*12, 30/);
    expect(result.draft.city).toMatchObject({ name: 'Fictional Bay', country: 'NZ' });
  });

  it('reports every line it could not place, with its line number', async () => {
    const result = await importText(crlf(FORM));
    expect(result.report.unplaced).toEqual([
      { line: 32, text: 'Scanned page 7 was unreadable', reason: 'V.1 has no free-text field here' },
    ]);
    expect(formatSummary(result)).toContain('line 32: Scanned page 7 was unreadable');
  });

  it('reports a numbered question the edition does not have instead of treating it as an answer', async () => {
    const result = await importText([...FORM, '2. Does your city run a quantum computing lab?', 'Yes, since 2020.'].join('\n'));
    expect(result.report.unplaced.map((u) => u.text)).toContain('2. Does your city run a quantum computing lab?');
  });

  it('produces drafts that validate apart from the fields flagged TODO', async () => {
    const result = await importText(crlf(FORM));
    expect(problemsOutsideTodos(result)).toEqual([]);
    // The ones flagged: the submission date (not in this form) and the coordinates.
    expect(Object.keys(result.report.todos)).toEqual(expect.arrayContaining(['submitted', 'city.coordinates']));
  });

  it('does not crash on a document that is not a questionnaire at all, and reports its lines', async () => {
    const result = await importText('Dear colleagues,\r\n\r\nplease find our answers attached.\r\n');
    expect(result.report.questionsFound).toEqual([]);
    expect(result.report.unplaced.length + (result.draft.city.name ? 1 : 0)).toBe(2);
    expect(Object.keys(result.report.todos)).toContain('submitted');
  });

  it('reads the Almaty export with Windows line endings just as well', async () => {
    const text = await readFile('content/sources/2022/almaty.txt', 'utf8');
    const unix = await importText(text);
    const windows = await importText(text.replace(/\n/g, '\r\n'));
    expect(windows.draft.answers).toEqual(unix.draft.answers);
    expect(windows.report.unplaced).toEqual([]);
  });
});
