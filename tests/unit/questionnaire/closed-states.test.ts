import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/index.ts';
import { CLOSED_STATES, closedStateExplanation, closedStateLabel } from '../../../src/questionnaire/index.ts';

const en = createI18n('en');
const pseudo = createI18n('en-XA');

describe('closed states', () => {
  it.each([
    { state: 'yes', label: 'Yes', explanation: 'The city answered yes.' },
    { state: 'no', label: 'No', explanation: 'The city answered no.' },
    { state: 'not_answered', label: 'Not answered', explanation: 'The city left this question blank.' },
    {
      state: 'not_legible_in_source',
      label: 'Not legible in source',
      explanation: 'The form was returned, but the option the city chose cannot be read in the source document.',
    },
  ] as const)('names and explains $state', ({ state, label, explanation }) => {
    expect([closedStateLabel(state, en), closedStateExplanation(state, en)]).toEqual([label, explanation]);
  });

  it('takes every state’s words from the catalogue', () => {
    for (const state of CLOSED_STATES) {
      expect(closedStateLabel(state, pseudo)).toMatch(/^⟦.+⟧$/);
      expect(closedStateExplanation(state, pseudo)).toMatch(/^⟦.+⟧$/);
    }
  });
});
