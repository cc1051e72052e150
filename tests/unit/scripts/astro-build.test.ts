import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { ASTRO_BIN, BUILD_HEAP_MB, BUILD_SCRIPT, astroBuildArgs, buildHeapMb, siteBuildArgs } from '../../../scripts/lib/astro-build.ts';
import { AFTER_BUILD_ENV, finishedAfterBuild } from '../../../src/integrations/after-build.ts';

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

  it('runs every build through the build script, which exists', () => {
    expect(siteBuildArgs()).toEqual([BUILD_SCRIPT]);
    expect(BUILD_SCRIPT).toMatch(/scripts[\\/]build\.ts$/);
    expect(existsSync(BUILD_SCRIPT)).toBe(true);
  });

  it.each([
    [{}, false],
    [{ [AFTER_BUILD_ENV]: '' }, false],
    [{ [AFTER_BUILD_ENV]: '0' }, false],
    [{ [AFTER_BUILD_ENV]: '1' }, true],
  ])('leaves the search index and _headers to the build script only when it says so: %o gives %s', (env, after) => {
    expect(finishedAfterBuild(env)).toBe(after);
  });
});
