// Two builds of the same commit, each into its own folder with its own empty cache, produce the same
// files byte for byte. Documented exceptions (docs/deploy.md, "Reproducible builds") are listed in
// EXCEPTIONS; there are none today, so any difference fails. The tree must hold still meanwhile:
// an edit between the two builds is a difference too. The second build is a bare `astro build`, whose
// integrations write the search index and `_headers` in Astro's own process, where the build script
// (the first) writes them after Astro has exited: the two ways must give the same site.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { filesUnder } from '../helpers/html.ts';

/** Files allowed to differ between two builds of the same commit, with the reason. Keep in step with docs/deploy.md. */
const EXCEPTIONS: { readonly pattern: RegExp; readonly why: string }[] = [];

type Manifest = Map<string, string>;
let first: Manifest;
let second: Manifest;
let logs: { readonly script: string; readonly bare: string };

function manifest(dir: string): Manifest {
  return new Map(
    filesUnder(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

beforeAll(async () => {
  // One after the other: two builds at once would measure the machine, not the build.
  const a = await buildSite();
  const b = await buildSite({ bare: true });
  // Without the colours Astro's logger adds where the terminal (or CI's FORCE_COLOR) asks for them.
  logs = { script: stripVTControlCharacters(a.output), bare: stripVTControlCharacters(b.output) };
  first = manifest(a.outDir);
  second = manifest(b.outDir);
  rmSync(a.outDir, { recursive: true, force: true });
  rmSync(b.outDir, { recursive: true, force: true });
}, 600_000);

describe('reproducible builds', () => {
  it('index the site after Astro exits in the build script, and inside it in a bare astro build', () => {
    expect(logs.script).toMatch(/\[after-build\] Pagefind: \d+ records/);
    expect(logs.script).toMatch(/\[after-build\] _headers: the site-wide policy/);
    expect(logs.script).not.toMatch(/\[lgq-pagefind\]/);
    expect(logs.bare).toMatch(/\[lgq-pagefind\] Pagefind: \d+ records/);
    expect(logs.bare).toMatch(/\[lgq-frame-headers\] _headers: the site-wide policy/);
    expect(logs.bare).not.toMatch(/\[after-build\]/);
  });

  it('produce the same list of files', () => {
    expect([...second.keys()]).toEqual([...first.keys()]);
    // A real site: pages, assets and the search index.
    expect([...first.keys()].some((f) => f.endsWith('.html'))).toBe(true);
    expect([...first.keys()].some((f) => f.startsWith('_astro/'))).toBe(true);
    expect([...first.keys()].some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
  });

  it('produce identical bytes in every file, apart from the documented exceptions', () => {
    const differing = [...first.keys()].filter((f) => second.has(f) && first.get(f) !== second.get(f));
    const unexplained = differing.filter((f) => !EXCEPTIONS.some((e) => e.pattern.test(f)));
    expect(unexplained).toEqual([]);
  });
});
