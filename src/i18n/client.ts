import { chooseTemplate, fillTemplate } from './format.ts';
import type { Message, MessageParams } from './types.ts';

/*
 * Interface text in client scripts, without bundling the catalogue: the page renders the messages
 * a script needs into a `data-i18n` attribute (`clientMessages()` in ./index.ts), the script reads them here.
 */

export interface ClientMessagesPayload {
  /** The Intl locale of the build, for numbers and plural forms. */
  readonly formats: string;
  readonly messages: Readonly<Record<string, Message>>;
}

export type ClientText = (name: string, params?: MessageParams) => string;

/** One text function per payload: a page's hundred copy links share one (Intl objects are slow to make). */
const byPayload = new Map<string, ClientText>();

/** The text function for the messages in `json` (a `data-i18n` attribute's value). */
export function clientText(json: string | undefined): ClientText {
  const key = json ?? '';
  let text = byPayload.get(key);
  if (!text) byPayload.set(key, (text = makeClientText(json)));
  return text;
}

function makeClientText(json: string | undefined): ClientText {
  const payload = JSON.parse(json ?? '{"formats":"en","messages":{}}') as ClientMessagesPayload;
  const plurals = new Intl.PluralRules(payload.formats);
  const numbers = new Intl.NumberFormat(payload.formats);
  return (name, params = {}) => {
    const message = payload.messages[name];
    if (message === undefined) throw new Error(`No interface text "${name}" on this page`);
    return fillTemplate(chooseTemplate(message, params, plurals, name), params, (n) => numbers.format(n));
  };
}

/** The text function for the nearest element (itself or an ancestor) carrying `data-i18n`. */
export function clientTextOf(element: Element): ClientText {
  return clientText(element.closest<HTMLElement>('[data-i18n]')?.dataset['i18n']);
}
