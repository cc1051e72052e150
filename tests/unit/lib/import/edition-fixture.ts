import type { EditionDef, QuestionDef } from '../../../../src/questionnaire/index.ts';
import { formTextOf } from '../../../../src/lib/import/form-text.ts';
import { DIARY, LIGHTHOUSE } from '../../fields/import-fixtures.ts';

/* A small fictional edition, for the importer's parts: two sections, three questions, one definition. */

export { DIARY, LIGHTHOUSE };

export const SHIPS: QuestionDef = {
  id: 'XI.1',
  section: 'XI',
  number: 1,
  wording: 'How many ships entered the harbour last year? Please explain.',
  shortTitle: 'Ships',
  fields: [
    { key: 'explanation', kind: 'text', label: 'Explanation' },
    { key: 'figures', kind: 'figures', label: 'Figures' },
  ],
};

export const LOWMOOR: EditionDef = {
  edition: 2099,
  title: 'Lowmoor Harbour Questionnaire 2099',
  introduction:
    'This questionnaire gathers information about the lighthouses and harbours of fictional towns, for the harbour survey of 2099. For any question about this questionnaire, please contact the harbour master.',
  sections: [
    { id: 'X', title: 'Lights and Keepers' },
    { id: 'XI', title: 'Harbour Records' },
  ],
  questions: [LIGHTHOUSE, DIARY, SHIPS],
  definitions: [
    {
      id: 'lighthouse',
      term: 'lighthouse',
      aliases: [],
      text: 'A lighthouse is a tower with a bright light that guides ships at night.',
      footnote: 1,
    },
  ],
  boilerplate: ['Lowmoor Harbour Questionnaire – returned copy'],
  indicators: [],
};

export const FORM = formTextOf(LOWMOOR);
