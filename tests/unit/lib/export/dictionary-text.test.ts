import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { columnTypeLabel, csvColumns, dataDictionary, NOT_GIVEN, tokenMeanings } from '../../../../src/lib/export/index.ts';

// The data dictionary's words are interface text: in the pseudo-locale every one of them is transformed.
const pseudo = createI18n('en-XA');
const fromCatalogue = /^⟦.*⟧$/s;

describe("the data dictionary's words", () => {
  it('come from the catalogue for every response and note column', () => {
    const rows = dataDictionary(undefined, pseudo).filter((r) => !r.question_id || r.column.startsWith('notes.'));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => !fromCatalogue.test(r.label)).map((r) => r.column)).toEqual([]);
  });

  it.each([
    ['slug', '⟦'],
    ['local_name', `⟧ | ${NOT_GIVEN}`],
    ['source_note', `⟧ | ${NOT_GIVEN}`],
    ['notes.I.1', `| ⟦${NOT_GIVEN}`],
    ['withheld', `| ⟦${NOT_GIVEN}`],
    ['I.3.cio.name', `⟧ | ${NOT_GIVEN}`],
    ['IV.1.percent', '⟧ | ⟦ƀĺàñķ'],
    ['IV.1.explanation', `⟧ | ${NOT_GIVEN}`],
    ['III.2.sendai', 'yes | no | not_answered | not_legible_in_source'],
  ])('write the allowed values of %s in the locale, tokens as they are (%s)', (column, expected) => {
    const row = dataDictionary(undefined, pseudo).find((r) => r.column === column);
    expect(row?.allowed_values).toContain(expected);
  });

  it('are the same English as before by default', () => {
    const byName = new Map(csvColumns().map((c) => [c.name, c]));
    expect(byName.get('id')?.label).toBe('Response id: edition and city slug, e.g. 2022/almaty.');
    expect(byName.get('notes.I.1')?.label).toBe("Transcriber's note on I.1: how the answer was read from the source.");
    expect(byName.get('notes.I.1')?.allowedValues).toBe(
      `free text, verbatim; paragraphs separated by a blank line | ${NOT_GIVEN} (no note)`,
    );
    expect(byName.get('I.3.cio.name')?.label).toMatch(/: name$/);
    expect(byName.get('lat')?.unit).toBe('degrees');
  });

  it('say what each cell token means, in the locale', () => {
    expect(tokenMeanings().withheld).toBe('The city asked for this field to be withheld; its value is not published.');
    expect(Object.values(tokenMeanings(pseudo)).every((m) => fromCatalogue.test(m))).toBe(true);
    expect(Object.keys(tokenMeanings(pseudo))).toEqual(['not_given', 'withheld', 'not_in_edition']);
  });
});

describe('columnTypeLabel', () => {
  it.each([
    ['identifier', 'identifier'],
    ['closed', 'closed'],
    ['person part', 'person part'],
  ])('names the type %s as %s in English', (type, expected) => {
    expect(columnTypeLabel(type)).toBe(expected);
  });

  it('names every type of the dictionary in the locale', () => {
    const types = [...new Set(dataDictionary().map((r) => r.type))];
    expect(types).toContain('person part');
    expect(types.filter((type) => !fromCatalogue.test(columnTypeLabel(type, pseudo)))).toEqual([]);
  });

  it('refuses a type it has no words for', () => {
    expect(() => columnTypeLabel('colour')).toThrow(/colour/);
  });
});
