import { z } from 'astro/zod';
import { formatPercent } from '../../lib/format/text.ts';
import { defineFieldKind, fieldWhere } from '../types.ts';
import { importer } from './import.ts';

/** A percentage from 0 to 100, as the city stated it. */
export const percentValue = z
  .number({ error: 'must be a number (a percentage, without the % sign)' })
  .min(0, 'a percentage must be between 0 and 100')
  .max(100, 'a percentage must be between 0 and 100')
  .describe('A percentage from 0 to 100, as stated by the city. Leave out when the city gave none.');
export type PercentValue = z.output<typeof percentValue>;

export const percentKind = defineFieldKind({
  kind: 'percent',
  required: false,
  schema: (field, question) => percentValue.describe(`${fieldWhere(field, question)} (%), 0–100. Leave out when the city gave no number.`),
  read: (stored) => percentValue.parse(stored),
  isEmpty: () => false,
  text: (value) => formatPercent(value),
  alwaysShown: true,
  absentKey: 'fields.absent.noPercentage',
  csvShape: 'cell',
  csv: {
    cell: {
      allowedValues: (_field, { t }) => t('fields.allowed.percent'),
      encode: (value) => String(value),
      decode: (text) => {
        const n = Number(text);
        if (text.trim() === '' || Number.isNaN(n)) throw new Error(`Not a number: ${JSON.stringify(text)}`);
        return n;
      },
    },
  },
  toJson: (value) => value,
  importer,
  scaffold: { example: (field) => [`${field.key}: 0 # a number 0–100, only if the city gave one`] },
});
