import { describe, expect, it } from 'vitest';
import {
  checklistItems,
  columnName,
  counterpartOf,
  EDITIONS,
  fieldPaths,
  getEdition,
  questionAnchor,
} from '../../../src/questionnaire/index.ts';
import type { EditionDef } from '../../../src/questionnaire/index.ts';

const lgq = getEdition(2022);

describe('LGQ 2022 questionnaire definition', () => {
  it('has the nine sections I–IX in order', () => {
    expect(lgq.sections.map((s) => s.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
  });

  it('numbers questions within sections, with unique ids matching section and number', () => {
    const ids = lgq.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of lgq.questions) expect(q.id).toBe(`${q.section}.${q.number}`);
    expect(ids).toEqual([
      'I.1',
      'I.2',
      'I.3',
      'II.1',
      'III.1',
      'III.2',
      'III.3',
      'III.4',
      'III.5',
      'III.6',
      'III.7',
      'III.8',
      'III.9',
      'IV.1',
      'IV.2',
      'IV.3',
      'IV.4',
      'V.1',
      'V.2',
      'V.3',
      'VI.1',
      'VII.1',
      'VIII.1',
      'VIII.2',
      'IX.1',
    ]);
  });

  it('has the sixteen III.2 checklist items, SDG 11 and Sendai marked new', () => {
    const iii2 = lgq.questions.find((q) => q.id === 'III.2');
    const items = iii2?.fields.filter((f) => f.kind === 'closed') ?? [];
    expect(items).toHaveLength(16);
    expect(checklistItems(iii2!)).toEqual(items);
    expect(items.filter((f) => f.newInEdition).map((f) => f.key)).toEqual(['sdg11', 'sendai']);
  });

  it('defines the footnoted terms and every reference points at one', () => {
    const ids = new Set(lgq.definitions.map((d) => d.id));
    expect([...ids]).toEqual([
      'e-government',
      'e-services-portal',
      'e-participation',
      'open-government-data',
      'cio',
      'vulnerable-groups',
      'sdg-16-6-2',
    ]);
    const refs = lgq.questions.flatMap((q) => [...(q.definitions ?? []), ...q.fields.flatMap((f) => f.definitions ?? [])]);
    for (const ref of refs) expect(ids.has(ref), ref).toBe(true);
    expect(lgq.definitions.find((d) => d.id === 'sdg-16-6-2')?.text).toMatch(/SDG Indicator 16\.6\.2/);
  });

  it('gives stable column names and URL-safe anchors', () => {
    const iii2 = lgq.questions.find((q) => q.id === 'III.2')!;
    expect(
      columnName(
        iii2,
        iii2.fields.find((f) => f.key === 'sendai')!,
      ),
    ).toBe('III.2.sendai');
    expect(questionAnchor('VIII.2')).toBe('viii-2');
    expect(fieldPaths(2022)).toContain('I.3.cio.phone');
  });
});

describe('editions', () => {
  it('knows 2022 and rejects editions it does not define', () => {
    expect(Object.keys(EDITIONS)).toEqual(['2022']);
    expect(() => getEdition(2019)).toThrow(/Unknown LGQ edition 2019/);
  });

  it('maps questions to their counterparts in another edition, both ways, with new questions flagged', () => {
    // A made-up 2024 module, as a maintainer would add it beside 2022.
    const lgq2024: EditionDef = {
      ...lgq,
      edition: 2024,
      questions: [
        { ...lgq.questions[0]!, id: 'I.1', counterparts: { '2022': 'I.1' }, comparability: 'comparable' },
        { ...lgq.questions[1]!, id: 'I.2', counterparts: { '2022': 'I.2' }, comparability: 'changed' },
        { ...lgq.questions[2]!, id: 'I.3', section: 'I', number: 3, counterparts: { '2022': null }, comparability: 'new' },
      ],
    };
    const registry = { 2022: lgq, 2024: lgq2024 };
    expect(counterpartOf(2024, 'I.2', 2022, registry)).toBe('I.2');
    expect(counterpartOf(2024, 'I.3', 2022, registry)).toBeNull();
    expect(counterpartOf(2022, 'I.1', 2024, registry)).toBe('I.1');
    expect(counterpartOf(2022, 'IV.1', 2024, registry)).toBeUndefined();
  });
});
