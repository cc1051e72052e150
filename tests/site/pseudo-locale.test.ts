// The site built in the pseudo-locale en-XA (every catalogue string accented and wrapped in ⟦ ⟧):
// any visible English that is not data (questionnaire, answers, countries, editorial prose) is
// interface text that bypassed the catalogue. A real `astro build` into its own folders.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { EDITIONS } from '../../src/questionnaire/index.ts';
import type { MessageTree } from '../../src/i18n/types.ts';
import { buildSite } from '../helpers/build.ts';
import { attr, builtPages, byTag, filesUnder, findAll } from '../helpers/html.ts';
import type { BuiltPage } from '../helpers/html.ts';
import { dataWords, untransformedTexts, visibleTexts } from '../helpers/interface-text.ts';

interface Found {
  readonly page: string;
  readonly where: string;
  readonly text: string;
}

/** Every template string of a catalogue (plural forms included). */
const catalogueStrings = (tree: MessageTree): string[] =>
  Object.values(tree).flatMap((node) =>
    typeof node === 'string' ? [node] : typeof node.other === 'string' ? Object.values(node) : catalogueStrings(node as MessageTree),
  );

let outDir = '';
let pages: BuiltPage[] = [];
let found: Found[] = [];

beforeAll(async () => {
  outDir = (await buildSite({ locale: 'en-XA' })).outDir;
  pages = builtPages(outDir);
  const words = dataWords({ responsesDir: 'content/responses', editorialDir: 'content/pages', sourcesDir: 'content/sources' });
  found = pages.flatMap((page) => untransformedTexts(visibleTexts(page.document), words).map((u) => ({ page: page.path, ...u })));
}, 600_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the site in the pseudo-locale en-XA', () => {
  it('declares the locale on <html lang>', () => {
    expect(pages.length).toBeGreaterThan(2);
    const langs = new Set(pages.map((page) => attr(findAll(page.document, byTag('html'))[0]!, 'lang')));
    expect([...langs]).toEqual(['en-XA']);
  });

  it('shows interface text only from the catalogue', () => {
    const unexpected = found.map((f) => `${f.page}: ${f.where}: ${f.text}`);
    expect([...new Set(unexpected)]).toEqual([]);
  });

  it('keeps the catalogue out of client scripts (they read their text from the page)', () => {
    const scripts = filesUnder(outDir).filter((f) => f.startsWith('_astro/') && f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // The pseudo-locale is made from the English catalogue at run time, so a bundled catalogue would show
    // as its English sentences (or as already transformed ones).
    // (Strings the questionnaire itself contains, such as the survey's name, are data the compare page may carry.)
    const questionnaire = JSON.stringify(EDITIONS);
    const sentences = catalogueStrings(en).filter((m) => m.length >= 25 && !questionnaire.includes(m));
    expect(sentences.length).toBeGreaterThan(50);
    const carrying = scripts.filter((f) => {
      const code = readFileSync(join(outDir, f), 'utf8');
      return code.includes('⟦') || sentences.some((m) => code.includes(m));
    });
    expect(carrying).toEqual([]);
  });
});
