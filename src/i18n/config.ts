import { en } from './en.ts';
import type { EnglishCatalogue } from './en.ts';
import { pseudoCatalogue } from './pseudo.ts';
import type { CatalogueOf } from './types.ts';

/*
 * The interface languages. Adding one means adding its catalogue file beside en.ts and an entry here.
 * A build is in one locale: LGQ_LOCALE picks it (default `en`).
 */

export type Catalogue = CatalogueOf<EnglishCatalogue>;

export interface LocaleConfig {
  /** BCP 47 tag for `<html lang>` and for Intl (numbers, dates, plurals, sorting). */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly catalogue: Catalogue;
}

export const LOCALES = {
  en: { lang: 'en', dir: 'ltr', catalogue: en },
  // Pseudo-locale for tests: every interface string transformed (see ./pseudo.ts). Intl falls back to English.
  'en-XA': { lang: 'en-XA', dir: 'ltr', catalogue: pseudoCatalogue(en) },
} as const satisfies Readonly<Record<string, LocaleConfig>>;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}
