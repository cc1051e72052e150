import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/* Scripts import nothing from tests/: helpers both use live in scripts/lib/ (or src/lib/). */
const FROM_TESTS = /(?:from|import)\s*\(?\s*'(?:\.\.\/)+tests\//;

function testImports(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (FROM_TESTS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('scripts', () => {
  it.each([
    ["import { launchBrowser } from '../tests/helpers/browser.ts';", 1],
    ["const m = await import('../../tests/helpers/build.ts');", 1],
    ["import { serveStatic } from './lib/static-server.ts';", 0],
  ])('%s', (line, found) => {
    expect(testImports('scripts/x.ts', line)).toHaveLength(found);
  });

  it('import nothing from tests/', () => {
    const files = readdirSync('scripts', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap((f) => testImports(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});
