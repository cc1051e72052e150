import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../helpers/html.ts';
import { dataWords, stringsIn, untransformedTexts, visibleTexts, wordsOf } from '../../helpers/interface-text.ts';

/** A tiny page in the pseudo-locale: catalogue text in ⟦ ⟧, data as it is, and hard-coded English labels. */
const PAGE = `<!doctype html><html lang="en-XA"><head>
  <title>⟦Šéàŕçĥ⟧</title><meta name="description" content="Every city response">
</head><body>
  <h1>⟦Çíţíéš⟧</h1>
  <p>Almaty, Kazakhstan</p>
  <button type="submit">Compare selected</button>
  <input type="search" placeholder="Filter cities">
  <a href="/x/" aria-label="⟦Ĺíñķ⟧">https://almaty.gov.kz/en/portal</a>
  <code>not_answered</code>
  <script>const label = 'Never shown';</script>
  <template><p>Shown later</p></template>
  <svg><text>Kazak…</text><text>Filt…</text></svg>
</body></html>`;

const DATA = new Set(['almaty', 'kazakhstan', 'city']);

describe('visibleTexts', () => {
  it('collects text nodes, text attributes, meta descriptions and templates, not scripts or code', () => {
    const texts = visibleTexts(parseHtmlDocument(PAGE)).map((v) => `${v.where} ${v.text}`);
    expect(texts).toEqual([
      '<title> ⟦Šéàŕçĥ⟧',
      '<meta description> Every city response',
      '<h1> ⟦Çíţíéš⟧',
      '<p> Almaty, Kazakhstan',
      '<button> Compare selected',
      '<input placeholder> Filter cities',
      '<a aria-label> ⟦Ĺíñķ⟧',
      '<a> https://almaty.gov.kz/en/portal',
      '<p> Shown later',
      '<text> Kazak…',
      '<text> Filt…',
    ]);
  });
});

describe('untransformedTexts', () => {
  it('flags the hard-coded English labels and nothing from the catalogue or the data', () => {
    const found = untransformedTexts(visibleTexts(parseHtmlDocument(PAGE)), DATA).map((u) => `${u.where} ${u.words.join(',')}`);
    expect(found).toEqual([
      '<meta description> every,response',
      '<button> compare,selected',
      '<input placeholder> filter,cities',
      '<p> shown,later',
      // A data label cut short passes; a cut word no data word begins with does not.
      '<text> filt',
    ]);
  });
});

describe('wordsOf', () => {
  it.each([
    ['⟦Ĥéĺĺó {name}⟧ World', ['world']],
    ['See https://example.org/Some/Path and mail@example.org', ['see', 'and']],
    ['(publicadministration.un.org) at I.3', []],
    ['A-Z, e-Government, 12 ok', ['government']],
    ['⟦dpidg àţ un⟦ đóţ ⟧org⟧ then', ['then']],
  ])('%j -> %j', (text, words) => expect(wordsOf(text)).toEqual(words));
});

describe('the data words', () => {
  it('walk every string of nested data', () => {
    expect(stringsIn({ a: ['x', { b: 'y' }], c: new Map([['k', 'v']]), n: 1 })).toEqual(['x', 'y', 'k', 'v']);
  });

  it('come from the questionnaire, the responses, their countries and the editorial pages', () => {
    const words = dataWords({ responsesDir: 'content/responses', editorialDir: 'content/pages' });
    // Questionnaire wording, an answer, a country, a region and a month name.
    for (const word of ['questionnaire', 'almaty', 'kazakhstan', 'asia', 'december']) expect(words.has(word), word).toBe(true);
    // An interface-only word is not data.
    expect(words.has('breadcrumb')).toBe(false);
  });
});
