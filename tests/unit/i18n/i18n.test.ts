import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/config.ts';
import { en } from '../../../src/i18n/en.ts';
import { clientText } from '../../../src/i18n/client.ts';
import type { Catalogue } from '../../../src/i18n/config.ts';
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

  // The English site writes dates and lists the British way (3 May 2023; a, b and c).
  it('formats ISO dates in UTC whatever the machine time zone', () => {
    expect(i.date('2023-05-03')).toBe('3 May 2023');
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
    expect(i.list(['a', 'b', 'c'])).toBe('a, b and c');
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

describe('parts', () => {
  const i = createI18n('en');
  it.each([
    ['layout.footer', {}, ['slot:methodology', 'slot:cite']],
    ['pages.home.recent', { country: 'Kazakhstan', edition: '2022' }, ['slot:city', 'slot:date']],
  ] as const)('%s leaves the placeholders without a value as slots', (key, params, slots) => {
    const parts = i.parts(key, params);
    expect(parts.flatMap((p) => (typeof p === 'string' ? [] : [`slot:${p.slot}`]))).toEqual(slots);
  });
  it('fills the others, formatting numbers', () => {
    expect(i.parts('pages.home.recent', { country: 'Kazakhstan', edition: '2022' })).toEqual([
      { slot: 'city' },
      ', Kazakhstan: LGQ 2022, submitted ',
      { slot: 'date' },
    ]);
    expect(i.parts('pages.cities.pagedNote', { size: 1500 }).join('|')).toMatch(/^The list is split into pages of up to 1,500 responses\./);
  });
});

describe('client messages', () => {
  it('round-trip through a data attribute: plurals and numbers without the catalogue', () => {
    const text = clientText(createI18n('en').clientMessages({ shown: 'pages.cities.shown', none: 'layout.search.noResultsFor' }));
    expect(text('shown', { count: 1 })).toBe('1 response shown');
    expect(text('shown', { count: 1200 })).toBe('1,200 responses shown');
    expect(text('none', { query: 'portal' })).toBe('No results for “portal”.');
    expect(() => text('other')).toThrow(/No interface text "other"/);
  });
  it('in the pseudo-locale, carry the transformed text', () => {
    const text = clientText(createI18n('en-XA').clientMessages({ shown: 'pages.cities.shown' }));
    expect(text('shown', { count: 2 })).toBe('⟦2 ŕéšþóñšéš šĥóŵñ⟧');
  });
});

describe('adding a language', () => {
  // A whole new language is a catalogue typed Catalogue (every English key, checked by the compiler) and a config.
  const catalogue: Catalogue = pseudoCatalogue(en);
  const fake = createI18n({ lang: 'fr', dir: 'ltr', catalogue: { ...catalogue, site: { ...catalogue.site, name: 'Base LGQ' } } });

  it('takes its text from its own catalogue and its formats from its lang', () => {
    expect(fake.t('site.name')).toBe('Base LGQ');
    expect(fake.lang).toBe('fr');
    expect(fake.number(14500000)).toBe('14\u202f500\u202f000');
    expect(fake.date('2023-05-03')).toBe('3 mai 2023');
    expect(fake.t('common.cityCount', { count: 2 })).toBe('⟦2 çíţíéš⟧');
  });
  it('can be right-to-left', () => {
    expect(createI18n({ lang: 'ar', dir: 'rtl', catalogue }).dir).toBe('rtl');
  });
});
