import type { CatalogueOf, Message, MessageTree, PluralMessage } from './types.ts';

/*
 * A pseudo-locale: every catalogue string with its letters accented and wrapped in ⟦ ⟧, so that a
 * build in it shows at a glance (and to a test) any interface text that did not come from the catalogue.
 * Placeholders ({name}) are kept as they are.
 */

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'aàbƀcçdđeéfƒgĝhĥiíjĵkķlĺmɱnñoópþqǫrŕsštţuúvṽwŵxẋyýzž'.matchAll(/([a-z])([^a-z])/g)].map((m) => [m[1], m[2]]),
);

const accent = (text: string) =>
  text.replace(/[a-zA-Z]/g, (c) => {
    const lower = ACCENTED[c.toLowerCase()];
    if (!lower) return c;
    return c === c.toLowerCase() ? lower : lower.toUpperCase();
  });

/** `Hello {name}` -> `⟦Ĥéĺĺó {name}⟧`. */
export function pseudoString(text: string): string {
  const pieces = text.split(/(\{[a-zA-Z0-9_]+\})/);
  return `⟦${pieces.map((p) => (/^\{[a-zA-Z0-9_]+\}$/.test(p) ? p : accent(p))).join('')}⟧`;
}

function pseudoMessage(message: Message): Message {
  if (typeof message === 'string') return pseudoString(message);
  const forms: PluralMessage = { other: pseudoString(message.other) };
  for (const category of ['zero', 'one', 'two', 'few', 'many'] as const) {
    const form = message[category];
    if (form !== undefined) Object.assign(forms, { [category]: pseudoString(form) });
  }
  return forms;
}

function isMessage(node: Message | MessageTree): node is Message {
  return typeof node === 'string' || typeof node.other === 'string';
}

function pseudoTree(tree: MessageTree): MessageTree {
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, isMessage(v) ? pseudoMessage(v) : pseudoTree(v)]));
}

/** The pseudo-locale version of a catalogue: same keys, every message transformed. */
export function pseudoCatalogue<T extends MessageTree>(catalogue: T): CatalogueOf<T> {
  // The transform keeps every key and turns each message into a message of the same kind.
  return pseudoTree(catalogue) as CatalogueOf<T>;
}
