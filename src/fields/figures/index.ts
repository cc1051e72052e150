import { z } from 'astro/zod';
import { formatNumber } from '../../lib/format/text.ts';
import { shortText } from '../../schemas/primitives.ts';
import { LIST_SEPARATOR } from '../cells.ts';
import { defineFieldKind, fieldWhere } from '../types.ts';
import { importer } from './import.ts';

/** A number the answer text quotes, captured for comparison. */
export const figure = z
  .strictObject({
    label: shortText('What the number counts, e.g. "Types of public services provided".'),
    value: z.number().describe('The number as stated (decimal commas converted to points).'),
    unit: shortText('Unit, e.g. "services", "%".').optional(),
    year: z.number().int().min(1990).max(2100).describe('Year the number refers to.').optional(),
  })
  .describe('A number quoted in the answer text, captured for comparison.');
export type Figure = z.output<typeof figure>;

/** `label (year):` and `value unit`, as the profile shows them. Whole strings: markup line breaks cannot split them. */
export const figureLabel = (f: Figure) => `${f.label}${f.year !== undefined ? ` (${f.year})` : ''}:`;
export const figureValue = (f: Figure) => `${formatNumber(f.value)}${f.unit ? ` ${f.unit}` : ''}`;

/** `label (year): value unit` — year and unit only when given. */
function encodeFigure(f: Figure): string {
  return `${f.label}${f.year !== undefined ? ` (${f.year})` : ''}: ${String(f.value)}${f.unit !== undefined ? ` ${f.unit}` : ''}`;
}
function decodeFigure(line: string): Figure {
  const colon = line.lastIndexOf(': ');
  if (colon < 0) throw new Error(`Not a figure line: ${JSON.stringify(line)}`);
  let label = line.slice(0, colon);
  const tail = line.slice(colon + 2);
  const space = tail.indexOf(' ');
  const value = Number(space < 0 ? tail : tail.slice(0, space));
  const unit = space < 0 ? undefined : tail.slice(space + 1);
  const year = / \((\d{4})\)$/.exec(label);
  if (year) label = label.slice(0, -year[0].length);
  return { label, value, ...(unit !== undefined ? { unit } : {}), ...(year ? { year: Number(year[1]) } : {}) };
}

export const figuresKind = defineFieldKind({
  kind: 'figures',
  required: false,
  schema: (field, question) => z.array(figure).describe(`${fieldWhere(field, question)}: numbers quoted in the answer text.`),
  read: (stored) => z.array(figure).parse(stored),
  isEmpty: (value) => value.length === 0,
  text: (value) => value.map((f) => `${figureLabel(f)} ${figureValue(f)}`).join(LIST_SEPARATOR),
  alwaysShown: false,
  absentKey: 'fields.absent.notGiven',
  csvShape: 'cell',
  csv: {
    cell: {
      allowedValues: (_field, { t }) => t('fields.allowed.figures'),
      encode: (value) => value.map(encodeFigure).join(LIST_SEPARATOR),
      decode: (text) => text.split(LIST_SEPARATOR).map(decodeFigure),
    },
  },
  toJson: (value) => value,
  importer,
  scaffold: {
    example: (field, edition) => [`${field.key}:`, `  - { label: What it counts, value: 0, unit: services, year: ${edition - 1} }`],
  },
});
