import type { TextI18n } from '../../i18n/index.ts';
import { wrapWords } from './labels.ts';
import type { ChartSpec } from './spec.ts';
import { el } from './svg.ts';
import type { SvgNode } from './svg.ts';

/*
 * A chart to take away: its wide drawing with its words inside the image (title, summary, notes
 * with n and what is missing, the source line with the page's address, and the data's date), so
 * a downloaded, embedded or screenshotted chart still says what it is and where it comes from.
 * The SVG download, the PNG made from it and the share image are all this one tree.
 */

const PAD = 20;
const TITLE = { size: 18, perChar: 10.2, line: 24 };
const SUMMARY = { size: 13, perChar: 7.2, line: 18 };
const NOTE = { size: 12, perChar: 6.7, line: 16 };

export interface TakeAwayContext {
  /** The chart's page, absolute. */
  readonly pageUrl: string;
  /** The date of the data, written out ("12 May 2022"). */
  readonly date: string;
  /** takeAwayStyle(…): the charts' rules with their colours resolved. */
  readonly style: string;
}

export interface TakeAway {
  readonly tree: SvgNode;
  readonly width: number;
  readonly height: number;
}

const lines = (text: string, width: number, size: { perChar: number }) => wrapWords(text, Math.floor(width / size.perChar));

/** Labels drawn on a halo of the page colour (charts.css: `paint-order: stroke`). */
const HALOED = /\b(segment-label|value-label|bin-label)\b/;

/**
 * resvg (the PNG) ignores `paint-order`, so a halo would be drawn over its text: each haloed label
 * becomes a halo copy under a copy that has no stroke (take-away-style.ts styles `ta-halo` and `ta-ink`).
 */
function withHalos(node: SvgNode): SvgNode[] {
  const cls = String(node.attrs['class'] ?? '');
  if (node.tag === 'text' && HALOED.test(cls))
    return [
      { ...node, attrs: { ...node.attrs, class: `${cls} ta-halo`, 'aria-hidden': 'true' } },
      // Without the haloed class (whose stroke resvg would keep): its own ink and weight.
      { ...node, attrs: { ...node.attrs, class: cls.replace(HALOED, (name) => `ta-ink ta-ink--${name}`) } },
    ];
  return [node.children ? { ...node, children: node.children.flatMap(withHalos) } : node];
}

/** The chart's take-away image, or nothing when the chart is not drawn (fewer than three values). */
export function takeAway(spec: ChartSpec, context: TakeAwayContext, i18n: TextI18n): TakeAway | undefined {
  const drawing = spec.svg;
  if (!drawing) return undefined;
  const [, , drawingWidth = 640, drawingHeight = 0] = String(drawing.attrs['viewBox']).split(' ').map(Number);
  const width = drawingWidth + 2 * PAD;
  const inner = width - 2 * PAD;
  const texts: SvgNode[] = [];
  let y = PAD;
  const block = (text: string, size: typeof TITLE, cls: string) => {
    for (const line of lines(text, inner, size)) {
      y += size.line;
      texts.push(el('text', { class: cls, x: PAD, y: y - (size.line - size.size) / 2 }, line));
    }
  };
  block(spec.title, TITLE, 'ta-title');
  y += 4;
  block(spec.summary, SUMMARY, 'ta-summary');
  y += 10;
  const chartTop = y;
  y += drawingHeight + 10;
  for (const note of spec.notes) block(note, NOTE, 'ta-note');
  y += 6;
  block(i18n.t('embed.source', { url: context.pageUrl }), NOTE, 'ta-source');
  block(i18n.t('embed.date', { date: context.date }), NOTE, 'ta-source');
  const height = y + PAD;
  const children = (drawing.children ?? []).filter((c) => c.tag !== 'title' && c.tag !== 'desc').flatMap(withHalos);
  const tree = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${Math.ceil(height)}`,
      role: 'img',
      'aria-labelledby': 'take-away-title take-away-desc',
    },
    [
      el('title', { id: 'take-away-title' }, spec.title),
      el('desc', { id: 'take-away-desc' }, spec.summary),
      el('style', {}, context.style),
      el('rect', { class: 'ta-background', x: 0, y: 0, width, height: Math.ceil(height) }),
      ...texts,
      el(
        'svg',
        {
          class: drawing.attrs['class'],
          x: PAD,
          y: chartTop,
          width: drawingWidth,
          height: drawingHeight,
          viewBox: drawing.attrs['viewBox'],
        },
        children,
      ),
    ],
  );
  return { tree, width, height: Math.ceil(height) };
}

/** Open Graph size. */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/** The share image: the take-away image fitted whole on a 1200×630 card. */
export function shareImage(image: TakeAway, style: string): SvgNode {
  const { width, height } = SHARE_SIZE;
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}` }, [
    el('style', {}, style),
    el('rect', { class: 'ta-background', x: 0, y: 0, width, height }),
    el(
      'svg',
      {
        x: 0,
        y: 0,
        width,
        height,
        viewBox: `0 0 ${image.width} ${image.height}`,
        preserveAspectRatio: 'xMidYMid meet',
      },
      (image.tree.children ?? []).filter((c) => c.tag !== 'title' && c.tag !== 'desc' && c.tag !== 'style'),
    ),
  ]);
}
