import { z } from 'astro/zod';
import { PERSON_PARTS, PRIVATE_PERSON_PARTS } from '../../questionnaire/index.ts';
import { shortText } from '../../schemas/primitives.ts';
import { defineFieldKind, fieldWhere } from '../types.ts';
import { importer } from './import.ts';

export const email = z.email({ error: 'must be a valid e-mail address' }).describe('E-mail address.');

/** An official's contact record. */
export const person = z
  .strictObject({
    name: shortText('Full name.').optional(),
    title: shortText('Job title.').optional(),
    organization: shortText('Organization.').optional(),
    email: email.optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()./-]{5,30}$/, 'must be a phone number (digits, spaces, + ( ) - . /)')
      .describe('Phone number as written.')
      .optional(),
  })
  .describe("An official's contact record. E-mail and phone are never indexed for search nor put in bulk downloads.");
export type Person = z.output<typeof person>;
export type PersonPart = keyof Person;

const isPart = (part: string): part is PersonPart => (PERSON_PARTS as readonly string[]).includes(part);

/** A copy without the given parts. */
function without(value: Person, parts: readonly string[]): Person {
  return Object.fromEntries(Object.entries(value).filter(([part]) => !parts.includes(part)));
}

/** Parts of an official's record that downloads carry (never e-mail nor phone). */
export const PUBLIC_PERSON_PARTS: readonly PersonPart[] = PERSON_PARTS.filter((p) => !PRIVATE_PERSON_PARTS.includes(p));

export const personKind = defineFieldKind({
  kind: 'person',
  required: false,
  schema: (field, question) => person.describe(`${fieldWhere(field, question)}: name, title, organization, email, phone.`),
  read: (stored) => person.parse(stored),
  isEmpty: (value) => Object.keys(value).length === 0,
  text: (value) => PUBLIC_PERSON_PARTS.flatMap((part) => value[part] ?? []).join(', '),
  alwaysShown: false,
  absentKey: 'fields.absent.notGiven',
  csvShape: 'parts',
  csv: {
    parts: {
      parts: PUBLIC_PERSON_PARTS,
      allowedValues: (_field, { t }) => t('fields.allowed.person'),
      part: (value, part) => (isPart(part) ? value[part] : undefined),
    },
  },
  toJson: (value) => value,
  publicValue: (value) => without(value, PRIVATE_PERSON_PARTS),
  withoutPart: (value, part) => without(value, [part]),
  importer,
  scaffold: { emptyValue: () => ({}), valueComment: 'replace {} with name:, title:, organization:, email:, phone:' },
});
