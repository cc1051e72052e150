import type { z } from 'astro/zod';
import { plainText } from '../../schemas/primitives.ts';
import { defineFieldKind, fieldWhere } from '../types.ts';
import { importer } from './import.ts';

/** Free text, verbatim: paragraphs separated by a blank line; URLs are linked when shown. */
export const textValue = plainText('Free text, verbatim.');
export type TextValue = z.output<typeof textValue>;

export const textKind = defineFieldKind({
  kind: 'text',
  required: false,
  schema: (field, question) => plainText(`${fieldWhere(field, question)}: free text, verbatim; paragraphs separated by a blank line.`),
  read: (stored) => textValue.parse(stored),
  isEmpty: () => false,
  text: (value) => value,
  alwaysShown: false,
  absentKey: 'fields.absent.notGiven',
  csvShape: 'cell',
  csv: { cell: { allowedValues: (_field, { t }) => t('fields.allowed.text'), encode: (value) => value, decode: (value) => value } },
  toJson: (value) => value,
  importer,
  scaffold: {
    example: (field) => [`${field.key}: >-`, `  The city's text, verbatim. Separate paragraphs with a blank line (use |- then).`],
  },
});
