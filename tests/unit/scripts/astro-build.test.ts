import { describe, expect, it } from 'vitest';
import { ASTRO_BIN, BUILD_HEAP_MB, astroBuildArgs, buildHeapMb } from '../../../scripts/lib/astro-build.ts';

describe('the build command every build runs', () => {
  it.each([
    [{}, BUILD_HEAP_MB],
    [{ LGQ_BUILD_HEAP_MB: '' }, BUILD_HEAP_MB],
    [{ LGQ_BUILD_HEAP_MB: '4096' }, 4096],
    [{ LGQ_BUILD_HEAP_MB: '256' }, 256],
  ])('bounds the heap: %o gives %i MB', (env, mb) => {
    expect(buildHeapMb(env)).toBe(mb);
    expect(astroBuildArgs(env)).toEqual([`--max-old-space-size=${String(mb)}`, ASTRO_BIN, 'build']);
  });

  it.each(['4 GB', '100', '1.5', '-1'])('refuses LGQ_BUILD_HEAP_MB=%s, naming the variable and the value', (raw) => {
    expect(() => buildHeapMb({ LGQ_BUILD_HEAP_MB: raw })).toThrow(new RegExp(`LGQ_BUILD_HEAP_MB.*"${raw.replace('.', '\\.')}"`));
  });
});
