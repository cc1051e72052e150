import { describe, expect, it } from 'vitest';
import { FIELD_KINDS } from '../../../../src/fields/index.ts';
import { importerOf, READ_ORDER } from '../../../../src/lib/import/kind-importers.ts';
import { getEdition } from '../../../../src/questionnaire/index.ts';

describe('the kind importers', () => {
  it('offer answer lines to exactly the kinds that read them, each once', () => {
    const readers = Object.values(FIELD_KINDS)
      .filter((module) => module.importer.read)
      .map((module) => module.kind);
    expect([...READ_ORDER].sort()).toEqual(readers.sort());
    expect(new Set(READ_ORDER).size).toBe(READ_ORDER.length);
  });

  it('cover every kind the questionnaire uses', () => {
    const kinds = new Set(getEdition(2022).questions.flatMap((q) => q.fields.map((f) => f.kind)));
    for (const kind of kinds) expect(importerOf(kind).finish, kind).toBeTypeOf('function');
  });
});
