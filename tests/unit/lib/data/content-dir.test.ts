import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { contentDir, outDir, sourceFile, sourcesDir, sourcesDirFor } from '../../../../src/lib/data/content-dir.ts';

describe('where source documents live', () => {
  it.each([
    ['content/responses', 'content/sources'],
    ['tests/fixtures/responses', 'tests/fixtures/sources'],
    ['.cache/fictional', '.cache/fictional/.sources'],
    ['/tmp/lgq-bench-1000', '/tmp/lgq-bench-1000/.sources'],
  ])('responses in %s have their sources in %s', (responses, sources) => {
    expect(sourcesDirFor(responses)).toBe(resolve(sources));
  });

  it('follows the build content folder unless LGQ_SOURCES_DIR is set', () => {
    expect(contentDir({})).toBe(resolve('content/responses'));
    expect(sourcesDir({})).toBe(resolve('content/sources'));
    expect(sourcesDir({ LGQ_CONTENT_DIR: '.cache/fictional' })).toBe(resolve('.cache/fictional/.sources'));
    expect(sourcesDir({ LGQ_CONTENT_DIR: '.cache/fictional', LGQ_SOURCES_DIR: '/srv/forms' })).toBe('/srv/forms');
    expect(sourceFile(2022, 'almaty.txt', {})).toBe(resolve('content/sources/2022/almaty.txt'));
  });
});

describe('where the build writes', () => {
  it.each([
    [{}, resolve('dist')],
    [{ LGQ_OUT_DIR: 'dist-demo' }, resolve('dist-demo')],
    [{ LGQ_OUT_DIR: '/tmp/site' }, '/tmp/site'],
  ])('%o gives %s', (env, dir) => {
    expect(outDir(env)).toBe(dir);
  });
});
