import type { Locale } from './config.ts';
import type { EnglishCatalogue } from './en.ts';
import type { Message, MessageKeyOf, MessageParams, MessageTree, PluralMessage } from './types.ts';

/*
 * The catalogue-free half of the t() layer: messages looked up in a catalogue handed in, filled,
 * with Intl for plurals, numbers, lists and sorting. Imports no catalogue (types only), so client
 * scripts use it with the part of the catalogue their page renders for them.
 */

export type MessageKey = MessageKeyOf<EnglishCatalogue>;

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

/** What text-making code needs of an I18n; a client script builds one from its page's messages. */
export type TextI18n = Pick<I18n, 'lang' | 't' | 'number' | 'list' | 'compare'>;

const isPlural = (node: Message | MessageTree): node is PluralMessage => typeof node === 'object' && typeof node.other === 'string';

function lookup(catalogue: MessageTree, key: string): Message {
  let node: Message | MessageTree | undefined = catalogue;
  for (const part of key.split('.')) node = node !== undefined && typeof node === 'object' && !isPlural(node) ? node[part] : undefined;
  if (node === undefined || (typeof node === 'object' && !isPlural(node))) throw new Error(`No interface text "${key}" in the catalogue`);
  return node;
}

function fill(template: string, params: MessageParams, formatNumber: (n: number) => string): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Interface text "${template}" needs a value for {${name}}`);
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** Messages of `catalogue` in the language `lang`. */
export function textI18n(lang: string, catalogue: MessageTree): TextI18n {
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
    lang,
    t(key, params = {}) {
      const message = lookup(catalogue, key);
      if (typeof message === 'string') return fill(message, params, (n) => number(n));
      const count = params['count'];
      if (typeof count !== 'number') throw new Error(`Interface text "${key}" is a plural and needs a numeric {count}`);
      return fill(choose(message, count), params, (n) => number(n));
    },
    number,
    list(items, options = { style: 'long', type: 'conjunction' }) {
      return new Intl.ListFormat(lang, options).format(items);
    },
    compare: (a, b) => collator.compare(a, b),
  };
}

/** Is `value` a catalogue (or part of one): nested objects whose leaves are strings or plural messages? */
export function isMessageTree(value: unknown): value is MessageTree {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (v: unknown) =>
      typeof v === 'string' || (typeof v === 'object' && v !== null && 'other' in v && typeof v.other === 'string') || isMessageTree(v),
  );
}
