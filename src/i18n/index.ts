import { DEFAULT_LOCALE, isLocale, LOCALES } from './config.ts';
import type { Locale } from './config.ts';
import { textI18n } from './core.ts';
import type { I18n } from './core.ts';

/*
 * The t() layer: interface text from the locale's catalogue, with Intl for plurals, numbers,
 * dates, lists and sorting. Pure: `createI18n(locale)` makes one; `i18n` is the build's own.
 */

export type { Catalogue, Locale } from './config.ts';
export type { I18n, MessageKey, TextI18n } from './core.ts';
export type { MessageParams } from './types.ts';

export function createI18n(locale: Locale = DEFAULT_LOCALE): I18n {
  const { lang, dir, catalogue } = LOCALES[locale];
  return {
    locale,
    dir,
    ...textI18n(lang, catalogue),
    date(value, options = { day: 'numeric', month: 'long', year: 'numeric' }) {
      const d = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
      return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...options }).format(d);
    },
  };
}

/** The build's locale: `LGQ_LOCALE` (Astro passes it to client code through `import.meta.env`), else English. */
export function localeFromEnv(): Locale {
  const fromVite: unknown = import.meta.env?.['LGQ_LOCALE'];
  const fromNode = typeof process === 'undefined' ? undefined : process.env['LGQ_LOCALE'];
  const wanted = fromVite ?? fromNode ?? DEFAULT_LOCALE;
  if (!isLocale(wanted)) throw new Error(`LGQ_LOCALE=${String(wanted)} is not a known locale (${Object.keys(LOCALES).join(', ')})`);
  return wanted;
}

/** The interface text of this build. */
export const i18n: I18n = createI18n(localeFromEnv());
export const t: I18n['t'] = (key, params) => i18n.t(key, params);
