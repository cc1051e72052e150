import type { I18n } from '../../../i18n/index.ts';
import { CHART_WIDTHS, svgRoot } from '../spec.ts';
import { el, walkSvg } from '../svg.ts';
import type { SvgNode } from '../svg.ts';
import { stripLabels } from './describe.ts';
import { layoutStrip } from './layout.ts';
import type { StripItem, StripOptions } from './layout.ts';
import { MARKER_ROOM } from './marker.ts';
import { renderStrip } from './render.ts';

/*
 * The shared part of a profile's strip (issue 13): every city's value, no city highlighted, drawn once
 * per build and drawing width as an SVG file that every profile of the edition shows as an <img>.
 * It carries its own stylesheet (both colour schemes: an image cannot see the page's CSS) and the
 * room under the axis where the page lays the city's marker (marker.ts).
 */

export interface StripImageInput {
  readonly id: string;
  readonly title: string;
  /** The chart's description sentence (the distribution, no city named): the image's <desc> and the page's alt. */
  readonly summary: string;
  readonly items: readonly StripItem[];
  readonly options: StripOptions;
}

/** Every class the tree uses (the image's stylesheet keeps only the rules that match them). */
export function classesOf(tree: SvgNode): Set<string> {
  const out = new Set<string>();
  for (const node of walkSvg(tree)) for (const c of String(node.attrs['class'] ?? '').split(/\s+/)) if (c) out.add(c);
  return out;
}

/** The drawing of one width, without a stylesheet: the same layout the profile's marker is placed on. */
export function stripImageDrawing(input: StripImageInput, variant: 'wide' | 'narrow', i18n: I18n): SvgNode {
  const { options } = input;
  const marks = layoutStrip(input.items, {
    compare: i18n.compare,
    unit: options.unit,
    ...(options.max !== undefined ? { max: options.max } : {}),
    ...(options.dotLimit !== undefined ? { dotLimit: options.dotLimit } : {}),
    width: CHART_WIDTHS[variant],
  });
  const height = marks.axisY + MARKER_ROOM;
  const children = renderStrip({ ...marks, height }, stripLabels(marks, options.unit, i18n), { compact: true });
  const root = svgRoot(`${input.id}-${variant}`, 'strip', input.title, input.summary, marks.width, height, children, variant);
  const [, , w, h] = String(root.attrs['viewBox']).split(' ');
  // Its own size, so it is drawn at that size when opened alone; the page scales it to its frame.
  return { ...root, attrs: { ...root.attrs, width: w, height: h } };
}

/** The tree without `data-*` attributes (tooltips and names for the page's script: an image has none). */
function withoutData(node: SvgNode): SvgNode {
  const attrs = Object.fromEntries(Object.entries(node.attrs).filter(([k]) => !k.startsWith('data-')));
  return node.children ? { ...node, attrs, children: node.children.map(withoutData) } : { ...node, attrs };
}

/** The image file: the drawing with `style(classes)` (take-away-style.ts `stripImageStyle`) inside. */
export function stripImage(
  input: StripImageInput,
  variant: 'wide' | 'narrow',
  i18n: I18n,
  style: (classes: ReadonlySet<string>) => string,
): SvgNode {
  const drawing = withoutData(stripImageDrawing(input, variant, i18n));
  const [title, desc, ...rest] = drawing.children ?? [];
  return { ...drawing, children: [title!, desc!, el('style', {}, style(classesOf(drawing))), ...rest] };
}
