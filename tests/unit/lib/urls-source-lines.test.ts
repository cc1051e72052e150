import { describe, expect, it } from 'vitest';
import { sourceLinesPath } from '../../../src/lib/urls.ts';

describe('sourceLinesPath', () => {
  it.each([
    ['one line', sourceLinesPath('almaty', { from: 194, to: 194 }), '/cities/almaty/source/#L194'],
    ['a range', sourceLinesPath('almaty', { from: 194, to: 202 }), '/cities/almaty/source/#L194-L202'],
    ['the newest edition', sourceLinesPath('almaty', { from: 83, to: 83 }, 2022, 2022), '/cities/almaty/source/#L83'],
    ['an older edition', sourceLinesPath('almaty', { from: 83, to: 85 }, 2022, 2025), '/cities/almaty/2022/source/#L83-L85'],
  ])('%s', (_what, path, expected) => {
    expect(path).toBe(expected);
  });
});
