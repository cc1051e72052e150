import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AHEAD, readsOnWorker, strippedKindsOf, withFollowing } from '../../../../src/lib/pages/stripped-pool.ts';
import { strippedKinds } from '../../../../src/lib/pages/source.ts';
import { getEdition } from '../../../../src/questionnaire/index.ts';
import { ALMATY_SOURCE } from '../../../helpers/paths.ts';

describe('withFollowing', () => {
  it.each([
    [[], []],
    [['a'], [['a', []]]],
    [
      ['a', 'b', 'c'],
      [
        ['a', ['b', 'c']],
        ['b', ['c']],
        ['c', []],
      ],
    ],
  ])('%j', (items, want) => {
    expect(withFollowing(items).map(({ item, following }) => [item, following])).toEqual(want);
  });

  it(`gives each item at most the ${String(AHEAD)} after it`, () => {
    const items = Array.from({ length: AHEAD * 3 }, (_, i) => i);
    const each = withFollowing(items);
    expect(each.map((e) => e.following.length)).toEqual(items.map((i) => Math.min(AHEAD, items.length - 1 - i)));
    expect(each[0]!.following).toEqual(items.slice(1, AHEAD + 1));
  });
});

describe('strippedKindsOf', () => {
  const almaty = readFileSync(ALMATY_SOURCE, 'utf8');
  // The same document cut short in several places: each a different text, read on the worker.
  const texts = [almaty, ...[0.25, 0.5, 0.75].map((f) => almaty.slice(0, Math.round(almaty.length * f)))];
  const sources = texts.map((text, i) => ({ id: `2022/doc-${String(i)}`, edition: 2022, text: () => text }));

  it('reads each document as strippedKinds does, the following ones ahead, in any order asked', async () => {
    const want = texts.map((text) => [...strippedKinds(text, getEdition(2022))]);
    expect(want[0]!.length).toBeGreaterThan(10);
    const first = await strippedKindsOf(sources[0]!, sources.slice(1));
    const rest = await Promise.all([3, 1, 2].map((i) => strippedKindsOf(sources[i]!, [])));
    expect([[...first], ...rest.map((m) => [...m])]).toEqual([want[0], want[3], want[1], want[2]]);
    expect(readsOnWorker()).toBe(true);
  });

  it('reads a document again when it is asked again', async () => {
    const again = await strippedKindsOf(sources[0]!, []);
    expect([...again]).toEqual([...strippedKinds(almaty, getEdition(2022))]);
  });
});
