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

/** Convert the HTML mammoth produces into text lines. Exported for tests. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  /** What a list item starts with (a footnote number or a bullet), so a <p> inside it does not split it off. */
  let prefix = '';
  const flush = () => {
    const t = line.replace(/[ \t]+/g, ' ').trim();
    if (t && t !== prefix.trim()) {
      out.push(t, '');
      line = '';
    } else line = t ? line : '';
    prefix = '';
  };
  /** Open <a> elements: href, and whether it is a footnote back-reference to drop. */
  const anchors: { href: string; text: string; skip: boolean }[] = [];
  const lists: ('ul' | 'ol')[] = [];
  let footnoteItem = false;
  let cellIndex = 0;

  const append = (s: string) => {
    const a = anchors.at(-1);
    if (a) a.text += s;
    else line += s;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'br') {
          append('\n');
          return;
        }
        if (name === 'input' && attrs['type'] === 'checkbox') {
          append(attrs['checked'] !== undefined ? ' ☒ ' : ' ☐ ');
          return;
        }
        if (name === 'img') {
          flush();
          line = '[image]';
          flush();
          return;
        }
        if (name === 'a') {
          const href = attrs['href'] ?? '';
          // Footnote/endnote references ([1]) and back-links (↑) are page furniture.
          anchors.push({ href, text: '', skip: /^#(foot|end)note/.test(href) });
          return;
        }
        if (name === 'ul' || name === 'ol') lists.push(name);
        if (name === 'td' || name === 'th') {
          if (cellIndex++ > 0) line += ' ';
          return;
        }
        if (BLOCKS.has(name) && !(name === 'p' && prefix && line.trim() === prefix.trim())) flush();
        if (name === 'tr') cellIndex = 0;
        if (name === 'li') {
          const id = attrs['id'] ?? '';
          const note = /^(?:footnote|endnote)-(\d+)$/.exec(id);
          footnoteItem = Boolean(note);
          if (note?.[1]) line = `${toSuperscript(note[1])} `;
          else if (lists.at(-1) === 'ul') line = '- ';
          prefix = line;
        }
      },
      ontext(text) {
        append(text);
      },
      onclosetag(name) {
        if (name === 'a') {
          const a = anchors.pop();
          if (!a || a.skip) return;
          const text = a.text.trim();
          const href = a.href;
          if (!/^(https?|mailto):/i.test(href) || !text || text === href || `mailto:${text}` === href) append(a.text || href);
          else append(`${a.text} (${href})`);
          return;
        }
        if (name === 'ul' || name === 'ol') lists.pop();
        if (name === 'li' && footnoteItem) footnoteItem = false;
        if (BLOCKS.has(name) && name !== 'td' && name !== 'th') flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
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
