/*
 * Inline markup inside a catalogue sentence (see ./Message.astro): the element for each
 * placeholder that is a link, code, emphasis or date rather than plain text.
 */

export interface InlineMarkup {
  readonly tag: 'a' | 'code' | 'em' | 'strong' | 'time';
  /** The element's text: from the catalogue, or data. */
  readonly text: string;
  readonly attrs?: Readonly<Record<string, string | boolean>>;
}

export const link = (href: string, text: string, attrs: Readonly<Record<string, string | boolean>> = {}): InlineMarkup => ({
  tag: 'a',
  text,
  attrs: { href, ...attrs },
});
export const code = (text: string): InlineMarkup => ({ tag: 'code', text });
export const em = (text: string): InlineMarkup => ({ tag: 'em', text });
export const strong = (text: string): InlineMarkup => ({ tag: 'strong', text });
export const time = (datetime: string, text: string): InlineMarkup => ({ tag: 'time', text, attrs: { datetime } });
