import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

/** A parsed element (parse5's default tree, as a browser would build it from the same bytes). */
export type Element = DefaultTreeAdapterMap['element'];
/** A parsed document. */
export type HtmlDocument = DefaultTreeAdapterMap['document'];
export const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Parse a whole HTML document as a browser would. */
export function parseHtmlDocument(html: string): HtmlDocument {
  return parse(html);
}
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

export interface BuiltPage {
  /** Path inside the build folder, with forward slashes, e.g. `cities/almaty/index.html`. */
  readonly file: string;
  /** The URL path the page is served at, e.g. `/cities/almaty/`. */
  readonly path: string;
  readonly html: string;
  readonly document: HtmlDocument;
}

/** Every file under a folder, relative, forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Every HTML page of a built site, parsed. */
export function builtPages(dir: string): BuiltPage[] {
  return filesUnder(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      return { file, path: urlPathOf(file), html, document: parseHtmlDocument(html) };
    });
}

function isElement(node: ChildNode | ParentNode): node is Element {
  return 'tagName' in node;
}

/** All elements under a node, in document order, that match. */
export function findAll(root: ParentNode, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    const children =
      node.nodeName === 'template' && 'content' in node ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
    for (const child of children) {
      if (!isElement(child)) continue;
      if (match(child)) out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

export const byTag =
  (...tags: string[]) =>
  (el: Element) =>
    tags.includes(el.tagName);

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text content of an element, whitespace collapsed. */
export function textOf(el: Element): string {
  let text = '';
  const visit = (node: ChildNode | ParentNode) => {
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    if ('childNodes' in node) for (const c of node.childNodes) visit(c);
  };
  visit(el);
  return text.replace(/\s+/g, ' ').trim();
}

/** The content of `<meta name=…>` or `<meta property=…>`. */
export function metaContent(root: ParentNode, key: string): string | undefined {
  const meta = findAll(
    root,
    (el) =>
      el.tagName === 'meta' && (attr(el, 'name') === key || attr(el, 'property') === key || attr(el, 'http-equiv')?.toLowerCase() === key),
  );
  return meta[0] ? attr(meta[0], 'content') : undefined;
}
