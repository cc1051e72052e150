import { describe, expect, it } from 'vitest';
import { answerJson, answerText, FIELD_KIND_NAMES, FIELD_KINDS, fieldSchema, isCellKind, readAnswer } from '../../../src/fields/index.ts';
import type { FieldKindName } from '../../../src/fields/index.ts';
import { personKind } from '../../../src/fields/person/index.ts';
import { encodeCell, readCell } from '../../../src/lib/export/cells.ts';
import { getEdition } from '../../../src/questionnaire/index.ts';
import type { FieldDef, QuestionDef } from '../../../src/questionnaire/index.ts';

/** The first field of a kind in the 2022 questionnaire, with its question. */
function fieldOfKind(kind: FieldKindName): { field: FieldDef; question: QuestionDef } {
  for (const question of getEdition(2022).questions) {
    const field = question.fields.find((f) => f.kind === kind);
    if (field) return { field, question };
  }
  throw new Error(`No ${kind} field in 2022`);
}

interface KindCase {
  /** Values a content file may hold. */
  readonly accepts: readonly unknown[];
  /** Values the schema must reject. */
  readonly rejects: readonly unknown[];
  /** A stored value, as the site reads it (normalised), as plain text, as a CSV cell and as download JSON. */
  readonly stored: unknown;
  readonly read: unknown;
  readonly text: string;
  readonly cell?: string;
  /** For a kind written over several columns: each public part's text. */
  readonly parts?: Readonly<Record<string, string | undefined>>;
  readonly json: unknown;
  /** Stored values that say nothing. */
  readonly empty: readonly unknown[];
}

const CASES: Record<FieldKindName, KindCase> = {
  closed: {
    accepts: ['yes', 'no', 'not_answered', 'not_legible_in_source'],
    rejects: [true, 'Yes', '', undefined],
    stored: 'not_legible_in_source',
    read: 'not_legible_in_source',
    text: 'Not legible in source',
    cell: 'not_legible_in_source',
    json: 'not_legible_in_source',
    empty: [],
  },
  choice: {
    accepts: ['authorized_fully_knowledgeable', 'other', 'not_answered', 'not_legible_in_source'],
    rejects: ['yes', 'Other', undefined],
    stored: 'other',
    read: 'other',
    text: 'Other',
    cell: 'other',
    json: 'other',
    empty: [],
  },
  text: {
    accepts: ['One paragraph.\n\nAnother, with https://a.example/', undefined],
    rejects: ['', '   ', '<b>bold</b>', 'evil \u202E text', 3],
    stored: 'Line one.\n\nLine two.',
    read: 'Line one.\n\nLine two.',
    text: 'Line one.\n\nLine two.',
    cell: 'Line one.\n\nLine two.',
    json: 'Line one.\n\nLine two.',
    empty: [],
  },
  links: {
    accepts: [['https://a.example/'], [{ url: 'http://b.example/x', label: 'B' }], [], undefined],
    rejects: [['javascript:alert(1)'], ['//a.example/'], [{ url: 'https://a.example/' }], 'https://a.example/'],
    stored: ['https://a.example/', { url: 'https://b.example/', label: 'Portal B' }],
    read: [{ url: 'https://a.example/' }, { url: 'https://b.example/', label: 'Portal B' }],
    text: 'https://a.example/\nPortal B (https://b.example/)',
    cell: 'https://a.example/\nhttps://b.example/ (Portal B)',
    json: ['https://a.example/', { url: 'https://b.example/', label: 'Portal B' }],
    empty: [[]],
  },
  percent: {
    accepts: [0, 93.3, 100, undefined],
    rejects: [-1, 100.5, '93', '93%'],
    stored: 0.71,
    read: 0.71,
    text: '0.71%',
    cell: '0.71',
    json: 0.71,
    empty: [],
  },
  figures: {
    accepts: [[{ label: 'Services', value: 165, unit: 'services', year: 2021 }], [{ label: 'Kinds', value: 12 }], undefined],
    rejects: [[{ label: 'No value' }], [{ label: 'Year', value: 1, year: 1800 }], [{ label: 'X', value: 1, extra: true }]],
    stored: [
      { label: 'Services', value: 1234.5, unit: 'services', year: 2021 },
      { label: 'Kinds', value: 12 },
    ],
    read: [
      { label: 'Services', value: 1234.5, unit: 'services', year: 2021 },
      { label: 'Kinds', value: 12 },
    ],
    text: 'Services (2021): 1,234.5 services\nKinds: 12',
    cell: 'Services (2021): 1234.5 services\nKinds: 12',
    json: [
      { label: 'Services', value: 1234.5, unit: 'services', year: 2021 },
      { label: 'Kinds', value: 12 },
    ],
    empty: [[]],
  },
  person: {
    accepts: [{ name: 'Ana Example', email: 'ana@city.example', phone: '+7 (727) 225-11-92' }, {}, undefined],
    rejects: [{ email: 'not an e-mail' }, { phone: 'call me' }, { nickname: 'A' }],
    stored: { name: 'Ana Example', title: 'CIO', email: 'ana@city.example' },
    read: { name: 'Ana Example', title: 'CIO', email: 'ana@city.example' },
    text: 'Ana Example, CIO',
    parts: { name: 'Ana Example', title: 'CIO', organization: undefined },
    json: { name: 'Ana Example', title: 'CIO', email: 'ana@city.example' },
    empty: [{}],
  },
  accounts: {
    accepts: [[{ platform: 'Instagram', url: 'https://instagram.example/city' }], undefined],
    rejects: [[{ platform: 'Instagram' }], [{ platform: 'X', url: 'ftp://x.example/' }], ['https://a.example/']],
    stored: [{ platform: 'Fedi (main)', url: 'https://social.example/@city' }],
    read: [{ platform: 'Fedi (main)', url: 'https://social.example/@city' }],
    text: 'Fedi (main): https://social.example/@city',
    cell: 'https://social.example/@city (Fedi (main))',
    json: [{ platform: 'Fedi (main)', url: 'https://social.example/@city' }],
    empty: [[]],
  },
};

describe.each(FIELD_KIND_NAMES.map((kind) => [kind, CASES[kind]] as const))('field kind %s', (kind, c) => {
  const { field, question } = fieldOfKind(kind);

  it.each(c.accepts.map((v) => [JSON.stringify(v) ?? 'undefined', v]))('the content schema accepts %s', (_name, value) => {
    expect(fieldSchema(field, question).safeParse(value).error?.issues ?? []).toEqual([]);
  });

  it.each(c.rejects.map((v) => [JSON.stringify(v) ?? 'undefined', v]))('the content schema rejects %s', (_name, value) => {
    expect(fieldSchema(field, question).safeParse(value).success).toBe(false);
  });

  it('reads a stored value normalised and tagged with its kind; says its text and its download JSON', () => {
    const answer = readAnswer(field, c.stored);
    expect(answer).toEqual({ kind, value: c.read });
    if (!answer) throw new Error('no answer');
    expect(answerText(answer, field)).toBe(c.text);
    expect(answerJson(answer)).toEqual(c.json);
  });

  it('has no answer for an absent or empty value', () => {
    for (const value of [undefined, ...c.empty]) expect(readAnswer(field, value)).toBeUndefined();
  });

  it('writes its CSV cells: one that reads back as the value, or one per public part', () => {
    const csv = FIELD_KINDS[kind].csv;
    if ('cell' in csv && isCellKind(kind)) {
      const cell = encodeCell(kind, c.stored);
      expect(cell).toBe(c.cell);
      expect(readCell(kind, cell)).toEqual({ value: c.read });
    } else if ('parts' in csv) {
      const answer = readAnswer(field, c.stored);
      if (answer?.kind !== 'person') throw new Error('the record with parts is a person here');
      const { parts } = personKind.csv;
      expect(Object.fromEntries(parts.parts.map((part) => [part, parts.part(answer.value, part)]))).toEqual(c.parts);
    } else {
      throw new Error(`${kind} has neither one cell nor parts`);
    }
  });
});

describe('every kind', () => {
  it('is used by the questionnaire, and every field of the questionnaire has a registered kind', () => {
    const used = new Set(getEdition(2022).questions.flatMap((q) => q.fields.map((f) => f.kind)));
    expect([...used].sort()).toEqual([...FIELD_KIND_NAMES].sort());
  });

  it.each(FIELD_KIND_NAMES)('%s: the module is registered under its own kind', (kind) => {
    expect(FIELD_KINDS[kind].kind).toBe(kind);
  });
});
