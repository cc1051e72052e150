/*
 * The shape of an interface-text catalogue. A message is a string with `{name}` placeholders,
 * or a plural message chosen by `Intl.PluralRules` on its `count` parameter.
 */

/** Plural forms by CLDR category; `other` is required, the rest as the language needs them. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

export interface MessageTree {
  readonly [key: string]: Message | MessageTree;
}

/** The same keys as `T`, with every message widened: what another language's catalogue must satisfy. */
export type CatalogueOf<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends PluralMessage ? PluralMessage : CatalogueOf<T[K]>;
};

/** Dotted paths of every message in `T`, e.g. `charts.noValue`. */
export type MessageKeyOf<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends Message ? `${P}${K}` : MessageKeyOf<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Placeholder values: numbers are formatted for the locale, strings are used as they are. */
export type MessageParams = Readonly<Record<string, string | number>>;
