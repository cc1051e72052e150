import { DEFAULT_LOCALE, isLocale, LOCALES } from './config.ts';
import type { Catalogue, Locale } from './config.ts';
import type { EnglishCatalogue } from './en.ts';
import type { Message, MessageKeyOf, MessageParams, MessageTree, PluralMessage } from './types.ts';

/*
 * The t() layer: interface text from the locale's catalogue, with Intl for plurals, numbers,
 * dates, lists and sorting. Pure: `createI18n(locale)` makes one; `i18n` is the build's own.
 */

export type { Catalogue, Locale } from './config.ts';
export type MessageKey = MessageKeyOf<EnglishCatalogue>;
export type { MessageParams } from './types.ts';

export interface I18n {
  readonly locale: Locale;
  /** For `<html lang>` and every Intl call. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The message at `key`, placeholders filled; a plural message is chosen on `params.count`. */
  t(key: MessageKey, params?: MessageParams): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** An ISO date (YYYY-MM-DD) or Date, formatted in UTC so a date never shifts by a day. */
  date(value: string | Date, options?: Intl.DateTimeFormatOptions): string;
  list(items: readonly string[], options?: Intl.ListFormatOptions): string;
  /** Locale-aware, accent- and case-insensitive comparison for sorting and matching names. */
  compare(a: string, b: string): number;
}

function lookup(catalogue: Catalogue, key: string): Message {
  let node: Message | MessageTree | undefined = catalogue;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && !('other' in node && typeof node.other === 'string') ? (node as MessageTree)[part] : undefined;
  }
  if (node === undefined || (typeof node === 'object' && typeof node.other !== 'string')) {
    throw new Error(`No interface text "${key}" in the catalogue`);
  }
  return node as Message;
}

function fill(template: string, params: MessageParams, formatNumber: (n: number) => string): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Interface text "${template}" needs a value for {${name}}`);
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export function createI18n(locale: Locale = DEFAULT_LOCALE): I18n {
  const { lang, dir, catalogue } = LOCALES[locale];
  const plurals = new Intl.PluralRules(lang);
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const number = (value: number, options: Intl.NumberFormatOptions = {}) => {
    const cacheKey = JSON.stringify(options);
    let format = numberFormats.get(cacheKey);
    if (!format) numberFormats.set(cacheKey, (format = new Intl.NumberFormat(lang, options)));
    return format.format(value);
  };
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const choose = (message: PluralMessage, count: number) => message[plurals.select(count)] ?? message.other;
  return {
    locale,
    lang,
    dir,
    t(key, params = {}) {
      const message = lookup(catalogue, key);
      if (typeof message === 'string') return fill(message, params, (n) => number(n));
      const count = params['count'];
      if (typeof count !== 'number') throw new Error(`Interface text "${key}" is a plural and needs a numeric {count}`);
      return fill(choose(message, count), params, (n) => number(n));
    },
    number,
    date(value, options = { day: 'numeric', month: 'long', year: 'numeric' }) {
      const d = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
      return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...options }).format(d);
    },
    list(items, options = { style: 'long', type: 'conjunction' }) {
      return new Intl.ListFormat(lang, options).format(items);
    },
    compare: (a, b) => collator.compare(a, b),
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
