/*
 * A returned questionnaire as plain lines: Windows/Mac line endings, non-breaking
 * spaces and zero-width characters normalised; the Markdown of text exports
 * (`<https://…>` autolinks, `**bold**`, `[label](#)`) reduced to its text.
 */

export interface SourceLine {
  /** 1-based line number in the (converted) text, for the report. */
  readonly number: number;
  /** The line with Markdown removed and whitespace trimmed; never empty. */
  readonly text: string;
  /** True when a blank line (or the start of the document) comes before it: a new paragraph. */
  readonly startsParagraph: boolean;
}

const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

/** Strip the text export's Markdown so only what the respondent wrote remains. */
export function stripMarkdown(line: string): string {
  return (
    line
      // <https://…> autolinks
      .replace(/<((?:https?|mailto):[^<>\s]+)>/gi, '$1')
      // [label](#) or [label]() placeholder links: keep the label
      .replace(/\[([^\]]+)\]\((?:#[^)]*)?\)/g, '$1')
      // [label](https://…): keep both, the way a labelled link is written in answers
      .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/gi, (_m, label: string, url: string) =>
        label.trim() === url ? url : `${label} (${url})`,
      )
      // **bold** and __bold__
      .replace(/\*\*([^*]*)\*\*/g, '$1')
      .replace(/(^|\s)__([^_]+)__(?=\s|$|[.,;:])/g, '$1$2')
      // escaped Markdown characters
      .replace(/\\([*_#<>[\]()-])/g, '$1')
  );
}

export function toLines(text: string): SourceLine[] {
  const raw = text.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '').split('\n');
  const lines: SourceLine[] = [];
  let blank = true;
  raw.forEach((r, i) => {
    const t = stripMarkdown(r.replace(/[\u00A0\u2007\u202F\t]/g, ' '))
      // Typed check boxes as glyphs, so they read like Word's: [x] -> ☒, [ ] -> ☐.
      .replace(/\[[xX✓✔]\]/g, '☒')
      .replace(/\[ ?\]/g, '☐')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (!t) {
      blank = true;
      return;
    }
    lines.push({ number: i + 1, text: t, startsParagraph: blank });
    blank = false;
  });
  return lines;
}

/** A printed list marker before a question or item: "III.2.", "2.", "b)", optionally after a bullet. */
export const ENUMERATOR = /^(?:[-•*·–]\s+)?(?:([IVX]+)\.)?(?:(\d{1,2})[.)]|([a-h])[.)])\s+/;
export const BULLET = /^[-•*·–]\s+/;
