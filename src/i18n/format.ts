import type { Message, MessageParams, PluralMessage } from './types.ts';

/*
 * Filling a message: shared by t() at build time and by client scripts, which get their raw
 * messages from the page (see `clientMessages` in ./index.ts and ./client.ts) and never the catalogue.
 */

/** A piece of a message split by `parts()`: text, or the name of a placeholder the caller fills with markup. */
export type MessagePart = string | { readonly slot: string };

const PLACEHOLDER = /(\{[a-zA-Z0-9_]+\})/;

/** The template of `message` for these params: a plural message is chosen on `params.count`. */
export function chooseTemplate(message: Message, params: MessageParams, plurals: Intl.PluralRules, what: string): string {
  if (typeof message === 'string') return message;
  const count = params['count'];
  if (typeof count !== 'number') throw new Error(`Interface text "${what}" is a plural and needs a numeric {count}`);
  const forms: PluralMessage = message;
  return forms[plurals.select(count)] ?? forms.other;
}

/** A template cut at its placeholders: text pieces, and the names of the placeholders between them. */
type Piece = { readonly text: string } | { readonly name: string };

/*
 * Templates cut once: a build fills the same few hundred templates millions of times (a CPU profile of
 * a 1,000-response build had splitting templates at 3% of the build). The catalogue bounds the cache;
 * the bound only keeps a caller that builds templates of its own from growing it without end.
 */
const PIECES_CACHE_MAX = 5_000;
const piecesCache = new Map<string, readonly Piece[]>();

function piecesOf(template: string): readonly Piece[] {
  let pieces = piecesCache.get(template);
  if (pieces) return pieces;
  pieces = template
    .split(PLACEHOLDER)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = /^\{([a-zA-Z0-9_]+)\}$/.exec(piece)?.[1];
      return name === undefined ? { text: piece } : { name };
    });
  if (piecesCache.size >= PIECES_CACHE_MAX) piecesCache.clear();
  piecesCache.set(template, pieces);
  return pieces;
}

/**
 * `See the {link}.` -> ['See the ', { slot: 'link' }, '.'], filling the placeholders that have a value
 * (numbers formatted: pass years and codes as strings).
 */
export function splitTemplate(template: string, params: MessageParams, formatNumber: (n: number) => string): MessagePart[] {
  const parts: MessagePart[] = [];
  for (const piece of piecesOf(template)) {
    const value = 'text' in piece ? piece.text : params[piece.name];
    const part =
      value === undefined ? { slot: 'name' in piece ? piece.name : '' } : typeof value === 'number' ? formatNumber(value) : value;
    const last = parts.at(-1);
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  }
  return parts;
}

/** Every placeholder filled; a missing value is an error, never a visible `{name}`. */
export function fillTemplate(template: string, params: MessageParams, formatNumber: (n: number) => string): string {
  return splitTemplate(template, params, formatNumber)
    .map((part) => {
      if (typeof part === 'string') return part;
      throw new Error(`Interface text "${template}" needs a value for {${part.slot}}`);
    })
    .join('');
}
