import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPause } from '../../../../src/components/search/search-client.ts';

describe('afterPause', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('searches only what was typed last, once typing pauses', async () => {
    const search = vi.fn(async (term: string) => `results for ${term}`);
    const paused = afterPause(120, search);
    const calls = ['m', 'mu', 'mun'].map((term) => paused(term));
    await vi.advanceTimersByTimeAsync(119);
    expect(search).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await Promise.all(calls)).toEqual([null, null, 'results for mun']);
    expect(search.mock.calls).toEqual([['mun']]);
  });

  it('searches again after each pause', async () => {
    const search = vi.fn(async (term: string) => term.length);
    const paused = afterPause(100, search);
    const first = paused('city');
    await vi.advanceTimersByTimeAsync(100);
    const second = paused('cities');
    await vi.advanceTimersByTimeAsync(100);
    expect([await first, await second]).toEqual([4, 6]);
    expect(search.mock.calls).toEqual([['city'], ['cities']]);
  });

  it('drops a search that a later keystroke overtook while it ran', async () => {
    let finish: (value: string) => void = () => undefined;
    const search = vi.fn((term: string) =>
      term === 'slow' ? new Promise<string>((resolve) => (finish = resolve)) : Promise.resolve(term),
    );
    const paused = afterPause(50, search);
    const slow = paused('slow');
    await vi.advanceTimersByTimeAsync(50);
    const fast = paused('fast');
    finish('slow results');
    await vi.advanceTimersByTimeAsync(50);
    expect([await slow, await fast]).toEqual([null, 'fast']);
  });
});
