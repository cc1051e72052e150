import mammoth from 'mammoth';
import { Parser } from 'htmlparser2';

/*
 * A returned Word document -> the same plain-text shape as a text export, so one
 * parser reads both. mammoth turns the .docx into simple HTML (it keeps Word's
 * check-box controls as <input type="checkbox">, which its raw-text mode drops);
 * this walks that HTML into paragraphs separated by blank lines.
 */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toSuperscript = (n: string) => [...n].map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d).join('');

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'ul', 'ol', 'blockquote', 'div']);

export interface DocxText {
  readonly text: string;
  /** mammoth's warnings (unsupported content), passed on to the report. */
  readonly messages: readonly string[];
}

/** Where the walk through mammoth's HTML stands. */
interface HtmlWalk {
  /** Finished paragraphs, each followed by a blank line. */
  readonly out: string[];
  line: string;
  /** What a list item starts with (a footnote number or a bullet), so a <p> inside it does not split it off. */
  prefix: string;
  /** Open <a> elements: href, and whether it is a footnote back-reference to drop. */
  readonly anchors: { href: string; text: string; skip: boolean }[];
  readonly lists: ('ul' | 'ol')[];
  cellIndex: number;
}

function flush(walk: HtmlWalk): void {
  const t = walk.line.replace(/[ \t]+/g, ' ').trim();
  if (t && t !== walk.prefix.trim()) {
    walk.out.push(t, '');
    walk.line = '';
  } else walk.line = t ? walk.line : '';
  walk.prefix = '';
}

/** Text goes into the open link, if any, else into the line. */
function append(walk: HtmlWalk, s: string): void {
  const a = walk.anchors.at(-1);
  if (a) a.text += s;
  else walk.line += s;
}

/** A list item starts with its footnote number, or a bullet in a <ul>. */
function openListItem(walk: HtmlWalk, id: string): void {
  const note = /^(?:footnote|endnote)-(\d+)$/.exec(id);
  if (note?.[1]) walk.line = `${toSuperscript(note[1])} `;
  else if (walk.lists.at(-1) === 'ul') walk.line = '- ';
  walk.prefix = walk.line;
}

/** Elements that stand for text of their own: line breaks, check boxes, images. */
function openInline(walk: HtmlWalk, name: string, attrs: Record<string, string>): boolean {
  if (name === 'br') append(walk, '\n');
  else if (name === 'input' && attrs['type'] === 'checkbox') append(walk, attrs['checked'] !== undefined ? ' ☒ ' : ' ☐ ');
  else if (name === 'img') {
    flush(walk);
    walk.line = '[image]';
    flush(walk);
  } else if (name === 'a') {
    const href = attrs['href'] ?? '';
    // Footnote/endnote references ([1]) and back-links (↑) are page furniture.
    walk.anchors.push({ href, text: '', skip: /^#(foot|end)note/.test(href) });
  } else return false;
  return true;
}

function openTag(walk: HtmlWalk, name: string, attrs: Record<string, string>): void {
  if (openInline(walk, name, attrs)) return;
  if (name === 'ul' || name === 'ol') walk.lists.push(name);
  if (name === 'td' || name === 'th') {
    if (walk.cellIndex++ > 0) walk.line += ' ';
    return;
  }
  if (BLOCKS.has(name) && !(name === 'p' && walk.prefix && walk.line.trim() === walk.prefix.trim())) flush(walk);
  if (name === 'tr') walk.cellIndex = 0;
  if (name === 'li') openListItem(walk, attrs['id'] ?? '');
}

/** A link as the text export writes it: its text, with the URL in parentheses when they differ. */
function closeLink(walk: HtmlWalk): void {
  const a = walk.anchors.pop();
  if (!a || a.skip) return;
  const text = a.text.trim();
  const href = a.href;
  if (!/^(https?|mailto):/i.test(href) || !text || text === href || `mailto:${text}` === href) append(walk, a.text || href);
  else append(walk, `${a.text} (${href})`);
}

function closeTag(walk: HtmlWalk, name: string): void {
  if (name === 'a') return closeLink(walk);
  if (name === 'ul' || name === 'ol') walk.lists.pop();
  if (BLOCKS.has(name) && name !== 'td' && name !== 'th') flush(walk);
}

/** Convert the HTML mammoth produces into text lines. Exported for tests. */
export function htmlToText(html: string): string {
  const walk: HtmlWalk = { out: [], line: '', prefix: '', anchors: [], lists: [], cellIndex: 0 };
  const parser = new Parser(
    {
      onopentag: (name, attrs) => openTag(walk, name, attrs),
      ontext: (text) => append(walk, text),
      onclosetag: (name) => closeTag(walk, name),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush(walk);
  return walk.out.join('\n').replace(/\n{3,}/g, '\n\n');
}

export async function docxToText(buffer: Buffer | Uint8Array): Promise<DocxText> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(buffer) },
    // Images are not answers; keep a placeholder so the report can point at them.
    { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  );
  return {
    text: htmlToText(result.value),
    messages: result.messages
      .map((m) => m.message)
      // Word's check-box glyphs arrive as w:sym elements; the control itself is read.
      .filter((m) => !/char 261[02] in font/.test(m)),
  };
}
