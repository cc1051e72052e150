import { DEFAULT_LOCALE, isLocale, LOCALES } from './config.ts';
import { localeTagFromEnv } from './env.ts';
import type { Locale, LocaleConfig } from './config.ts';
import type { EnglishCatalogue } from './en.ts';
import { chooseTemplate, fillTemplate, splitTemplate } from './format.ts';
import type { MessagePart } from './format.ts';
import type { ClientMessagesPayload } from './client.ts';
import { lookup } from './core.ts';
import type { MessageKeyOf, MessageParams } from './types.ts';

/*
 * The t() layer: interface text from the locale's catalogue, with Intl for plurals, numbers,
 * dates, lists and sorting. Pure: `createI18n(locale)` makes one; `i18n` is the build's own.
 */

export type { Catalogue, Locale, LocaleConfig } from './config.ts';
export type MessageKey = MessageKeyOf<EnglishCatalogue>;
export type { TextI18n } from './core.ts';
export type { MessageParams } from './types.ts';
export type { MessagePart } from './format.ts';

export interface I18n {
  /** The locale's key in LOCALES, or the `lang` of a locale given as a config. */
  readonly locale: string;
  /** For `<html lang>` and every Intl call. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The BCP 47 tag Intl formats with (numbers, dates, plurals, sorting). */
  readonly formats: string;
  /** The message at `key`, placeholders filled; a plural message is chosen on `params.count`. */
  t(key: MessageKey, params?: MessageParams): string;
  /** Like t(), but placeholders missing from `params` are left as slots, for links or code inside a sentence. */
  parts(key: MessageKey, params?: MessageParams): MessagePart[];
  /** A `data-i18n` attribute value: the raw messages a client script needs, by the names it uses (see ./client.ts). */
  clientMessages(keys: Readonly<Record<string, MessageKey>>): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** An ISO date (YYYY-MM-DD) or Date, formatted in UTC so a date never shifts by a day. */
  date(value: string | Date, options?: Intl.DateTimeFormatOptions): string;
  list(items: readonly string[], options?: Intl.ListFormatOptions): string;
  /** Locale-aware, accent- and case-insensitive comparison for sorting and matching names. */
  compare(a: string, b: string): number;
}

function cached<F>(cache: Map<string, F>, options: object, make: () => F): F {
  const key = JSON.stringify(options);
  let format = cache.get(key);
  if (!format) cache.set(key, (format = make()));
  return format;
}

/** An interface language: a configured locale by name, or a locale config of its own (e.g. a test's). */
export function createI18n(locale: Locale | LocaleConfig = DEFAULT_LOCALE): I18n {
  const config: LocaleConfig = typeof locale === 'string' ? LOCALES[locale] : locale;
  const { lang, dir, catalogue } = config;
  const formats = config.formats ?? lang;
  const plurals = new Intl.PluralRules(formats);
  // Intl formatters are costly to make and pages format thousands of values: one per set of options.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const listFormats = new Map<string, Intl.ListFormat>();
  const plainNumbers = new Intl.NumberFormat(formats);
  const number = (value: number, options?: Intl.NumberFormatOptions) =>
    (options ? cached(numberFormats, options, () => new Intl.NumberFormat(formats, options)) : plainNumbers).format(value);
  const collator = new Intl.Collator(formats, { sensitivity: 'base', numeric: true });
  const template = (key: MessageKey, params: MessageParams) => chooseTemplate(lookup(catalogue, key), params, plurals, key);
  return {
    locale: typeof locale === 'string' ? locale : lang,
    lang,
    dir,
    formats,
    t: (key, params = {}) => fillTemplate(template(key, params), params, (n) => number(n)),
    parts: (key, params = {}) => splitTemplate(template(key, params), params, (n) => number(n)),
    clientMessages(keys) {
      const messages = Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, lookup(catalogue, key)]));
      return JSON.stringify({ formats, messages } satisfies ClientMessagesPayload);
    },
    number,
    date(value, options = { day: 'numeric', month: 'long', year: 'numeric' }) {
      const d = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
      return cached(dateFormats, options, () => new Intl.DateTimeFormat(formats, { timeZone: 'UTC', ...options })).format(d);
    },
    list(items, options = { style: 'long', type: 'conjunction' }) {
      return cached(listFormats, options, () => new Intl.ListFormat(formats, options)).format(items);
    },
    compare: (a, b) => collator.compare(a, b),
  };
}

/** The build's locale: `LGQ_LOCALE` (Astro passes it to client code through `import.meta.env`), else English. */
export function localeFromEnv(): Locale {
  const wanted = localeTagFromEnv();
  if (!isLocale(wanted)) throw new Error(`LGQ_LOCALE=${wanted} is not a known locale (${Object.keys(LOCALES).join(', ')})`);
  return wanted;
}

/**
 * The interface text of this build. Pure (no side effects), so a client bundle that imports a
 * module using it only for server-side helpers drops it, and the catalogue with it.
 */
export const i18n: I18n = /* @__PURE__ */ createI18n(/* @__PURE__ */ localeFromEnv());
export const t: I18n['t'] = (key, params) => i18n.t(key, params);
export const tParts: I18n['parts'] = (key, params) => i18n.parts(key, params);
