import { z } from 'astro/zod';
import { CLOSED_STATES, closedStateLabel } from '../../questionnaire/types.ts';
import { defineFieldKind, fieldWhere } from '../types.ts';
import { importer } from './import.ts';

/** A yes/no style answer in one of four states: never a bare boolean. */
export const closedAnswer = z
  .enum(CLOSED_STATES, {
    error: `must be one of: ${CLOSED_STATES.join(', ')} (closed answers are never true/false)`,
  })
  .describe(
    'yes / no as the city answered; not_answered when left blank; not_legible_in_source when the form was returned but the chosen option cannot be read.',
  );
export type ClosedValue = z.output<typeof closedAnswer>;

/** The states that say the form gives no readable answer: explained wherever they are shown. */
export const isUnclearState = (state: ClosedValue) => state === 'not_answered' || state === 'not_legible_in_source';

export const closedKind = defineFieldKind({
  kind: 'closed',
  required: true,
  schema: (field, question) =>
    closedAnswer.describe(`${fieldWhere(field, question)}: ${field.wording ?? question.wording} (${CLOSED_STATES.join(' | ')})`),
  read: (stored) => closedAnswer.parse(stored),
  isEmpty: () => false,
  text: (value) => closedStateLabel(value),
  category: (value) => value,
  alwaysShown: true,
  absentKey: 'fields.absent.notGiven',
  csvShape: 'cell',
  csv: {
    cell: {
      allowedValues: () => CLOSED_STATES.join(' | '),
      encode: (value) => value,
      decode: (text) => {
        const state = closedAnswer.safeParse(text);
        if (!state.success) throw new Error(`Not a closed answer: ${JSON.stringify(text)}`);
        return state.data;
      },
    },
  },
  toJson: (value) => value,
  importer,
  scaffold: { whenMissing: 'not_answered', valueComment: CLOSED_STATES.join(' | ') },
});
