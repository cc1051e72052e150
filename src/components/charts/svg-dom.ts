import type { SvgNode } from '../../lib/charts/svg.ts';

/*
 * A chart's SVG tree as DOM nodes, for charts drawn in the browser (the compare page): the client
 * counterpart of SvgTree.astro. Attributes and text are set as values, never parsed as markup.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement(node: SvgNode, doc: Document = document): SVGElement {
  const element = doc.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs))
    if (value !== undefined && name !== 'xmlns') element.setAttribute(name, String(value));
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.append(svgElement(child, doc));
  return element;
}
