import { describe, expect, it } from 'vitest';
import { comparisonRows, counterpartOf, counterparts } from '../../../src/questionnaire/index.ts';
import { EDITION_LIST } from '../../fixtures/editions/registry.ts';

// The fictional 2099 fixture edition beside 2022: renumbered, changed, new and dropped questions.
const registry = Object.fromEntries(EDITION_LIST.map((e) => [e.edition, e]));

describe('counterpartOf', () => {
  it.each([
    [2099, 'V.1', 2022, 'V.3'],
    [2022, 'V.3', 2099, 'V.1'],
    [2099, 'III.4', 2022, 'III.5'],
    [2022, 'III.4', 2099, undefined],
    [2099, 'VI.2', 2022, null],
    [2022, 'I.1', 2022, 'I.1'],
  ] as const)('%i %s in %i is %s', (edition, id, other, expected) => {
    expect(counterpartOf(edition, id, other, registry)).toBe(expected);
  });
});

describe('counterparts', () => {
  it.each([
    [2099, 'V.1', '2022 V.3 comparable'],
    [2022, 'V.3', '2099 V.1 comparable'],
    [2099, 'IV.1', '2022 IV.1 changed'],
    [2022, 'IV.1', '2099 IV.1 changed'],
    [2099, 'VI.2', '2022 - new'],
    [2022, 'III.4', '2099 - dropped'],
  ] as const)('of %i %s: %s', (edition, id, expected) => {
    const found = counterparts(edition, id, registry).map((c) => `${c.edition} ${c.question?.id ?? '-'} ${c.comparability}`);
    expect(found).toEqual([expected]);
  });

  it('is empty with a single edition', () => {
    expect(counterparts(2022, 'I.1', { 2022: registry[2022]! })).toEqual([]);
  });
});

describe('comparisonRows', () => {
  const rows = comparisonRows([2022, 2099], registry);
  const row = (id: string) => rows.find((r) => r.question.id === id);

  it('follows the newest edition’s questions, in its order', () => {
    expect(rows.map((r) => r.question.id)).toEqual(registry[2099]!.questions.map((q) => q.id));
  });

  it.each([
    ['V.1', 'V.3'],
    ['III.4', 'III.5'],
    ['IV.1', 'IV.1'],
    ['VI.2', null],
  ] as const)('lines 2099 %s up with 2022 %s (by counterpart, not by id)', (id, expected) => {
    expect(row(id)?.inEdition[2099]?.id).toBe(id);
    expect(row(id)?.inEdition[2022]?.id ?? null).toBe(expected);
  });

  it('with one edition, lines every question up with itself', () => {
    const single = comparisonRows([2022], registry);
    expect(single.every((r) => r.inEdition[2022] === r.question)).toBe(true);
    expect(single).toHaveLength(registry[2022]!.questions.length);
  });
});
