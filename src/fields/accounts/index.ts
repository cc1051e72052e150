import { z } from 'astro/zod';
import { httpUrl, shortText } from '../../schemas/primitives.ts';
import { LIST_SEPARATOR } from '../cells.ts';
import { decodeLink, encodeLink } from '../links/index.ts';
import { defineFieldKind, fieldWhere } from '../types.ts';
import { importer } from './import.ts';

/** A social media account: the platform as written, and its address. */
export const account = z
  .strictObject({
    platform: shortText('Platform name as written, e.g. "Instagram".'),
    url: httpUrl,
  })
  .describe('A social media account.');
export type Account = z.output<typeof account>;

export const accountsKind = defineFieldKind({
  kind: 'accounts',
  required: false,
  schema: (field, question) => z.array(account).describe(`${fieldWhere(field, question)}: platform and URL of each account.`),
  read: (stored) => z.array(account).parse(stored),
  isEmpty: (value) => value.length === 0,
  text: (value) => value.map((a) => `${a.platform}: ${a.url}`).join(LIST_SEPARATOR),
  alwaysShown: false,
  absentKey: 'fields.absent.notGiven',
  csvShape: 'cell',
  csv: {
    cell: {
      allowedValues: (_field, { t }) => t('fields.allowed.accounts'),
      encode: (value) => value.map((a) => encodeLink(a.url, a.platform)).join(LIST_SEPARATOR),
      decode: (text) =>
        text.split(LIST_SEPARATOR).map((line) => {
          const l = decodeLink(line);
          if (l.label === undefined) throw new Error(`An account line needs a platform: ${JSON.stringify(line)}`);
          return { platform: l.label, url: l.url };
        }),
    },
  },
  toJson: (value) => value.map((a) => ({ platform: a.platform, url: a.url })),
  importer,
  scaffold: { example: (field) => [`${field.key}:`, `  - { platform: Instagram, url: 'https://…' }`] },
});
