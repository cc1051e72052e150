import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Custom elements are written one way: `src/components/<area>/<name>-element.ts` exports the class and
 * defines it once behind a guard; components import the module from a <script>, never define inline.
 */
const DEFINE = /customElements\.define\(\s*'([a-z][\w-]*)'/g;
const GUARDED = (tag: string) =>
  new RegExp(`if \\(!customElements\\.get\\('${tag}'\\)\\) customElements\\.define\\('${tag}', [A-Z]\\w*\\);`);

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Problems with one file's custom element definitions. */
function definitionProblems(file: string, text: string): string[] {
  const tags = [...text.matchAll(DEFINE)].map((m) => m[1] ?? '');
  if (!tags.length) return [];
  if (!/^src\/components\/[\w-]+\/[\w-]+-element\.ts$/.test(file))
    return [`${file}: defines ${tags.join(', ')} outside a *-element.ts module`];
  return tags.flatMap((tag) => [
    ...(GUARDED(tag).test(text) ? [] : [`${file}: ${tag} is not defined behind a customElements.get guard`]),
    ...(/export class \w+ extends HTMLElement/.test(text) ? [] : [`${file}: does not export its element class`]),
  ]);
}

describe('custom elements', () => {
  it.each([
    ['an inline definition', 'src/components/site/Thing.astro', "<script>customElements.define('x-thing', Thing);</script>", 1],
    [
      'an unguarded module',
      'src/components/site/thing-element.ts',
      "export class Thing extends HTMLElement {}\ncustomElements.define('x-thing', Thing);",
      1,
    ],
    [
      'a class not exported',
      'src/components/site/thing-element.ts',
      "class Thing extends HTMLElement {}\nif (!customElements.get('x-thing')) customElements.define('x-thing', Thing);",
      1,
    ],
    [
      'the pattern',
      'src/components/site/thing-element.ts',
      "export class Thing extends HTMLElement {}\nif (!customElements.get('x-thing')) customElements.define('x-thing', Thing);",
      0,
    ],
  ])('flags %s', (_what, file, text, problems) => {
    expect(definitionProblems(file, text)).toHaveLength(problems);
  });

  it('are all *-element.ts modules with a guarded definition', () => {
    const all = files('src');
    const defined = all.filter((f) => readFileSync(f, 'utf8').includes('customElements.define('));
    expect(defined.length).toBeGreaterThanOrEqual(6);
    expect(all.flatMap((f) => definitionProblems(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});
