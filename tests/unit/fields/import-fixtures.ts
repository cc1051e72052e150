import type { FieldDef, QuestionDef } from '../../../src/questionnaire/index.ts';
import type { AnswerLine, FinishContext, ReadContext } from '../../../src/lib/import/kind-importer.ts';
import { emptyReadings } from '../../../src/lib/import/readings.ts';
import type { QuestionReadings } from '../../../src/lib/import/readings.ts';
import { readUrlLine } from '../../../src/lib/import/url-line.ts';

/* A fictional question with a field of every kind, for the kind importers' tests. */

export const LIGHTHOUSE: QuestionDef = {
  id: 'X.1',
  section: 'X',
  number: 1,
  wording: 'Does the fictional town of Lowmoor run its own lighthouse?',
  shortTitle: 'Lighthouse',
  fields: [
    { key: 'answer', kind: 'closed', label: 'Answer' },
    { key: 'night', kind: 'closed', label: 'At night', wording: 'a. The light is lit every night' },
    { key: 'fog', kind: 'closed', label: 'In fog', wording: 'b. The light is lit in fog' },
    { key: 'explanation', kind: 'text', label: 'Explanation' },
    { key: 'history', kind: 'text', label: 'History' },
    { key: 'links', kind: 'links', label: 'Links' },
    { key: 'percent', kind: 'percent', label: 'Share of nights' },
    { key: 'figures', kind: 'figures', label: 'Figures' },
    { key: 'keeper', kind: 'person', label: 'Keeper' },
    { key: 'accounts', kind: 'accounts', label: 'Accounts' },
    {
      key: 'colour',
      kind: 'choice',
      label: 'Light colour',
      options: [
        { value: 'white', label: 'White light' },
        { value: 'red', label: 'Red light' },
        { value: 'other', label: 'Other' },
      ],
    },
    { key: 'colour_other', kind: 'text', label: 'Other colour' },
  ],
};

/** A question with only a text field. */
export const DIARY: QuestionDef = {
  id: 'X.2',
  section: 'X',
  number: 2,
  wording: 'Please describe the keeper’s diary.',
  shortTitle: 'Diary',
  fields: [{ key: 'explanation', kind: 'text', label: 'Explanation' }],
};

export function field(key: string, question: QuestionDef = LIGHTHOUSE): FieldDef {
  const found = question.fields.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key} in ${question.id}`);
  return found;
}

export const readingsOf = (question: QuestionDef = LIGHTHOUSE, partial: Partial<QuestionReadings> = {}): QuestionReadings => ({
  ...emptyReadings(question),
  ...partial,
});

export function answerLine(text: string, partial: Partial<AnswerLine> = {}): AnswerLine {
  return { number: 10, text, startsParagraph: true, afterInterruption: false, urls: readUrlLine(text), ...partial };
}

export const readContext = (readings: QuestionReadings = readingsOf(), labelled: FieldDef | null = null): ReadContext => ({
  readings,
  labelled,
});

export const finishContext = (readings: QuestionReadings | undefined, missing = false): FinishContext => ({
  question: readings?.question ?? LIGHTHOUSE,
  readings,
  missing,
});
