import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/config.ts';
import { en } from '../../../src/i18n/en.ts';
import { createI18n } from '../../../src/i18n/index.ts';
import { pseudoCatalogue, pseudoString } from '../../../src/i18n/pseudo.ts';

describe('pseudoString', () => {
  it.each([
    ['Hello', '⟦Ĥéĺĺó⟧'],
    ['{count} cities', '⟦{count} çíţíéš⟧'],
    ['A-Z 1.5', '⟦À-Ž 1.5⟧'],
    ['', '⟦⟧'],
  ])('%j -> %j', (input, output) => expect(pseudoString(input)).toBe(output));

  it('transforms every message of the English catalogue and keeps its keys', () => {
    const pseudo = pseudoCatalogue(en);
    expect(Object.keys(pseudo)).toEqual(Object.keys(en));
    expect(pseudo.site.name).toBe(pseudoString(en.site.name));
  });
});

describe('createI18n', () => {
  const i = createI18n('en');

  it('fills placeholders and formats numbers for the locale', () => {
    expect(i.number(14500000)).toBe('14,500,000');
    expect(i.t('site.name')).toBe('LGQ Knowledgebase');
  });

  it('formats ISO dates in UTC whatever the machine time zone', () => {
    expect(i.date('2023-05-03')).toBe('May 3, 2023');
    expect(i.date('2023-01-01', { month: 'short', year: 'numeric' })).toBe('Jan 2023');
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    expect(i.t('common.cityCount', { count: 1 })).toBe('1 city');
    expect(i.t('common.cityCount', { count: 1500 })).toBe('1,500 cities');
    expect(() => i.t('common.cityCount')).toThrow(/needs a numeric \{count\}/);
  });

  it('in the pseudo-locale, transforms the text but formats numbers as English', () => {
    expect(createI18n('en-XA').t('common.cityCount', { count: 2 })).toBe('⟦2 çíţíéš⟧');
  });

  it('lists and compares ignoring accents and case', () => {
    expect(i.list(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(i.compare('Brâmor', 'bramor')).toBe(0);
    expect(['b10', 'b9', 'Á'].sort(i.compare)).toEqual(['Á', 'b9', 'b10']);
  });

  it('refuses an unknown key rather than showing it', () => {
    // @ts-expect-error: not a key of the catalogue
    expect(() => i.t('site.nope')).toThrow(/No interface text "site.nope"/);
  });

  it('has a lang for every configured locale', () => {
    for (const [locale, config] of Object.entries(LOCALES)) expect(config.lang, locale).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
  });
});
