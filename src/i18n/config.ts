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
  /** BCP 47 tag for `<html lang>` (and so Pagefind's search language) and, unless `formats` says otherwise, for Intl. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** BCP 47 tag for Intl (numbers, dates, plurals, sorting) when it differs from `lang`. */
  readonly formats?: string;
  readonly catalogue: Catalogue;
}

export const LOCALES = {
  // The site writes dates the British way (3 May 2023) under a plain `lang="en"`.
  en: { lang: 'en', dir: 'ltr', formats: 'en-GB', catalogue: en },
  // Pseudo-locale for tests: every interface string transformed (see ./pseudo.ts); numbers and dates as English.
  'en-XA': { lang: 'en-XA', dir: 'ltr', formats: 'en-GB', catalogue: /* @__PURE__ */ pseudoCatalogue(en) },
} as const satisfies Readonly<Record<string, LocaleConfig>>;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}
