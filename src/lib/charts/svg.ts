/*
 * Charts are laid out as plain trees of SVG elements. One generic component (SvgTree.astro) renders a
 * tree; `serializeSvg` renders the same tree to a string for snapshot tests. Attribute values are
 * escaped in both. No inline `style` attributes: presentation comes from classes (CSP style-src).
 */

export type AttrValue = string | number | undefined;

export interface SvgNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  /** Text content (escaped when rendered). A node has text or children, not both. */
  readonly text?: string;
  readonly children?: readonly SvgNode[];
}

/** Round coordinates so output is stable and small. */
export const r2 = (x: number): number => Math.round(x * 100) / 100;

export function el(
  tag: string,
  attrs: Record<string, AttrValue> = {},
  content?: string | readonly (SvgNode | false | null | undefined)[],
): SvgNode {
  const clean: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    // Numbers inside path data and transforms are rounded too, so output is stable across platforms.
    clean[k] =
      typeof v === 'number' ? r2(v) : k === 'd' || k === 'transform' ? v.replace(/-?\d+\.\d{3,}/g, (n) => String(r2(Number(n)))) : v;
  }
  if (typeof content === 'string') return { tag, attrs: clean, text: content };
  if (content) return { tag, attrs: clean, children: content.filter((c): c is SvgNode => !!c) };
  return { tag, attrs: clean };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The tree as indented SVG markup (for snapshots and tests). */
export function serializeSvg(node: SvgNode, indent = ''): string {
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  if (node.text !== undefined) return `${indent}<${node.tag}${attrs}>${escapeText(node.text)}</${node.tag}>`;
  if (!node.children?.length) return `${indent}<${node.tag}${attrs}/>`;
  return `${indent}<${node.tag}${attrs}>\n${node.children.map((c) => serializeSvg(c, `${indent}  `)).join('\n')}\n${indent}</${node.tag}>`;
}

/** Every node of a tree, depth first (for tests and counts). */
export function* walkSvg(node: SvgNode): Generator<SvgNode> {
  yield node;
  for (const c of node.children ?? []) yield* walkSvg(c);
}
