import { describe, expect, it } from 'vitest';
import { searchLanguage } from '../../../../src/lib/search/build-index.ts';
import { pageLang } from '../../../../src/lib/search/records.ts';

// Pagefind's language follows the pages' <html lang>: adding an interface language needs no change here.
describe('the search language', () => {
  it.each([
    ['<!doctype html><html lang="en"><body></body></html>', 'en'],
    ['<!doctype html><html lang="en-XA" dir="ltr"><body></body></html>', 'en-XA'],
    ['<!doctype html><html lang="fr"><body></body></html>', 'fr'],
    ['<!doctype html><html><body></body></html>', 'en'],
  ])('a page %j is in %j', (html, lang) => expect(pageLang(html)).toBe(lang));

  it.each([
    ['en', 'en'],
    ['en-XA', 'en'],
    ['pt-BR', 'pt'],
    ['zh-Hant-TW', 'zh'],
  ])('%s is indexed as %s', (lang, language) => expect(searchLanguage(lang)).toBe(language));
});
