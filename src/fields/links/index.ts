import { z } from 'astro/zod';
import { httpUrl, shortText } from '../../schemas/primitives.ts';
import { LIST_SEPARATOR } from '../cells.ts';
import { defineFieldKind, fieldWhere } from '../types.ts';
import { importer } from './import.ts';

/** A link as a content file writes it: a bare URL, or a URL with the respondent's label. */
export const storedLink = z
  .union([
    httpUrl,
    z
      .strictObject({
        url: httpUrl,
        label: shortText('What the link is, as the respondent described it.'),
      })
      .describe('A link with the label the respondent gave it.'),
  ])
  .describe('A URL, or a URL with a label.');
export type StoredLink = z.output<typeof storedLink>;

/** A link as pages and downloads see it: bare URLs become `{ url }`. */
export const link = z.strictObject({ url: z.string(), label: z.string().optional() });
export type Link = z.output<typeof link>;

/** Plain URL strings become `{ url }`; labelled links stay as they are. */
export const normaliseLink = (l: StoredLink): Link => (typeof l === 'string' ? { url: l } : l);

/** `https://a.example` or `https://a.example (label)`. URLs never contain spaces, so the first space ends the URL. */
export function encodeLink(url: string, label?: string): string {
  return label === undefined ? url : `${url} (${label})`;
}
export function decodeLink(line: string): Link {
  const space = line.search(/\s/);
  if (space < 0) return { url: line };
  const rest = line.slice(space + 1);
  if (!rest.startsWith('(') || !rest.endsWith(')')) throw new Error(`Not a link line: ${JSON.stringify(line)}`);
  return { url: line.slice(0, space), label: rest.slice(1, -1) };
}

export const linksKind = defineFieldKind({
  kind: 'links',
  required: false,
  schema: (field, question) => z.array(storedLink).describe(`${fieldWhere(field, question)}: links given by the city.`),
  read: (stored) => z.array(storedLink).parse(stored).map(normaliseLink),
  isEmpty: (value) => value.length === 0,
  text: (value) => value.map((l) => (l.label ? `${l.label} (${l.url})` : l.url)).join(LIST_SEPARATOR),
  alwaysShown: false,
  absentKey: 'fields.absent.notGiven',
  csvShape: 'cell',
  csv: {
    cell: {
      allowedValues: (_field, { t }) => t('fields.allowed.links'),
      encode: (value) => value.map((l) => encodeLink(l.url, l.label)).join(LIST_SEPARATOR),
      decode: (text) => text.split(LIST_SEPARATOR).map(decodeLink),
    },
  },
  toJson: (value) => value.map((l) => (l.label ? { url: l.url, label: l.label } : l.url)),
  importer,
  scaffold: { emptyValue: () => [] },
});
