import { z } from 'astro/zod';
import type { FieldDef } from '../../questionnaire/types.ts';
import { closedStateLabel } from '../../questionnaire/types.ts';
import { closedAnswer } from '../closed/index.ts';
import { defineFieldKind, fieldWhere } from '../types.ts';
import { importer } from './import.ts';

/** One of the question's own options, or a closed state when the form gives none readable. */
export const choiceValue = z.string().min(1);
export type ChoiceValue = z.output<typeof choiceValue>;

/** The allowed values: the form's options in its order, then the two "no readable answer" states. */
export const choiceValues = (field: FieldDef): string[] => [
  ...(field.options ?? []).map((o) => o.value),
  'not_answered',
  'not_legible_in_source',
];

/** The option chosen, or undefined for a closed state (`not_answered`, `not_legible_in_source`). */
export const chosenOption = (field: FieldDef, value: ChoiceValue) => field.options?.find((o) => o.value === value);

export const choiceKind = defineFieldKind({
  kind: 'choice',
  required: true,
  schema: (field, question) => {
    const values = choiceValues(field);
    return z
      .enum(values, { error: `must be one of: ${values.join(', ')}` })
      .describe(`${fieldWhere(field, question)}: one of ${values.join(', ')}`);
  },
  read: (stored) => choiceValue.parse(stored),
  isEmpty: () => false,
  text: (value, field) => {
    const state = closedAnswer.safeParse(value);
    return chosenOption(field, value)?.label ?? (state.success ? closedStateLabel(state.data) : value);
  },
  category: (value) => value,
  alwaysShown: true,
  absentKey: 'fields.absent.notGiven',
  csvShape: 'cell',
  csv: {
    cell: { allowedValues: (field) => choiceValues(field).join(' | '), encode: (value) => value, decode: (text) => text },
  },
  toJson: (value) => value,
  importer,
  scaffold: {
    whenMissing: 'not_answered',
    intro: (field) => [`${field.wording ?? field.label} one of:`, ...(field.options ?? []).map((o) => `  ${o.value}: ${o.label}`)],
  },
});
