/*
 * Label helpers shared by every chart type: cutting long labels, estimating their width, keeping
 * them inside the drawing, and flowing legend items into lines. No words here: labels come in.
 */

/** Cut a label to `max` characters with an ellipsis; the full text goes in the tooltip and table. */
export function truncate(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Rough width of a label at the charts' font size (12px), for keeping labels inside the drawing. */
export const textWidth = (label: string, perCharacter = 6.6): number => label.length * perCharacter;

export type TextAnchor = 'start' | 'middle' | 'end';

/** Anchor of a label centred on `x`, turned inwards within `margin` of either edge so it never leaves the chart. */
export function anchorInside(x: number, width: number, margin: number): TextAnchor {
  if (x > width - margin) return 'end';
  if (x < margin) return 'start';
  return 'middle';
}

/** Positions of items of the given widths flowed left to right, wrapping to a new line when one would pass `maxWidth`. */
export function flowLines(
  widths: readonly number[],
  maxWidth: number,
  gap: number,
  lineHeight: number,
): { readonly positions: readonly { readonly x: number; readonly y: number }[]; readonly height: number } {
  let x = 0;
  let y = 0;
  const positions = widths.map((w) => {
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      y += lineHeight;
    }
    const at = { x, y };
    x += w + gap;
    return at;
  });
  return { positions, height: y };
}

/**
 * Where a start-anchored label of width `labelWidth` goes so that it is centred on `x` where it can
 * be, and never leaves [margin, width - margin]: the highlighted city's name at either end of a scale.
 */
export function startInside(x: number, labelWidth: number, width: number, margin = 2): number {
  return Math.max(margin, Math.min(x - labelWidth / 2, width - margin - labelWidth));
}

/** Words flowed into lines of at most `maxChars` characters (a word longer than that gets a line of its own). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
