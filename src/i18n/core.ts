import { chooseTemplate, fillTemplate } from './format.ts';
import type { I18n } from './index.ts';
import type { Message, MessageTree, PluralMessage } from './types.ts';

/*
 * The catalogue-free half of the t() layer: messages looked up in a catalogue handed in, filled
 * (./format.ts), with Intl for plurals, numbers, lists and sorting. Imports no catalogue (types only),
 * so client scripts use it with the part of the catalogue their page renders for them.
 */

/** What text-making code needs of an I18n; a client script builds one from its page's messages. */
export type TextI18n = Pick<I18n, 'lang' | 't' | 'number' | 'list' | 'compare'>;

const isPlural = (node: Message | MessageTree): node is PluralMessage => typeof node === 'object' && typeof node.other === 'string';

/*
 * Messages found once per catalogue and key: pages look up the same keys for every line and answer.
 * The keys are the catalogue's, so the cache is bounded by it (an unknown key throws and is not kept).
 */
const found = new WeakMap<MessageTree, Map<string, Message>>();

/** The message at a dotted `key`; an unknown key is an error, never a visible key. */
export function lookup(catalogue: MessageTree, key: string): Message {
  let messages = found.get(catalogue);
  if (!messages) found.set(catalogue, (messages = new Map()));
  let message = messages.get(key);
  if (message === undefined) messages.set(key, (message = lookupUncached(catalogue, key)));
  return message;
}

function lookupUncached(catalogue: MessageTree, key: string): Message {
  let node: Message | MessageTree | undefined = catalogue;
  for (const part of key.split('.')) node = node !== undefined && typeof node === 'object' && !isPlural(node) ? node[part] : undefined;
  if (node === undefined || (typeof node === 'object' && !isPlural(node))) throw new Error(`No interface text "${key}" in the catalogue`);
  return node;
}

/** Messages of `catalogue` in the language `lang`. */
export function textI18n(lang: string, catalogue: MessageTree): TextI18n {
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return {
    lang,
    t: (key, params = {}) => fillTemplate(chooseTemplate(lookup(catalogue, key), params, plurals, key), params, (n) => numbers.format(n)),
    number: (value, options) => (options ? new Intl.NumberFormat(lang, options) : numbers).format(value),
    list: (items, options = { style: 'long', type: 'conjunction' }) => new Intl.ListFormat(lang, options).format(items),
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
