import { i18n } from '../../i18n/index.ts';
import type { I18n, TextI18n } from '../../i18n/index.ts';
import { closedStateLabel } from '../../questionnaire/index.ts';
import { missingReasonLabel } from '../data/missing.ts';
import { flowLines, textWidth } from './labels.ts';
import { el } from './svg.ts';
import type { SvgNode } from './svg.ts';

/*
 * Categories drawn in stacked bars, heatmaps and legends. Each has a colour (a CSS class, so both
 * colour schemes and print work), a fill pattern and a symbol: colour is never the only cue.
 * Colours are from the Okabe–Ito colour-blind-safe palette (see charts.css).
 */

export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'cross' | 'vertical';

export interface Category {
  readonly key: string;
  readonly label: string;
  /** Colour class, e.g. `c-yes`. */
  readonly tone: string;
  readonly pattern: PatternKind;
  /** A one-character symbol drawn in heatmap cells and legends. */
  readonly symbol: string;
}

/** How each closed state (and a withheld answer) is drawn; its name comes from the catalogue. */
const CLOSED_DRAWING = [
  { key: 'yes', tone: 'c-yes', pattern: 'solid', symbol: '✓' },
  { key: 'no', tone: 'c-no', pattern: 'diagonal', symbol: '✕' },
  { key: 'not_answered', tone: 'c-blank', pattern: 'dots', symbol: '·' },
  { key: 'not_legible_in_source', tone: 'c-illegible', pattern: 'cross', symbol: '?' },
  { key: 'withheld', tone: 'c-withheld', pattern: 'vertical', symbol: 'W' },
] as const satisfies readonly Omit<Category, 'label'>[];

export type ClosedCategoryKey = (typeof CLOSED_DRAWING)[number]['key'];

/** The words of a closed answer's category: the closed states' names, and the missing reason's for withheld. */
export const closedCategoryLabel = (key: ClosedCategoryKey, text: TextI18n = i18n): string =>
  key === 'withheld' ? missingReasonLabel('withheld', text) : closedStateLabel(key, text);

/** The answer states of closed fields, in the order charts stack and list them. */
export const closedCategories = (text: TextI18n = i18n): Category[] =>
  CLOSED_DRAWING.map((c) => ({ ...c, label: closedCategoryLabel(c.key, text) }));

/** Whether a city gave a field a value at all (the coverage of open answers). */
export const coverageCategories = (text: TextI18n = i18n): Category[] => [
  { key: 'given', label: text.t('charts.categories.given'), tone: 'c-yes', pattern: 'solid', symbol: '✓' },
  { key: 'not_given', label: missingReasonLabel('not_given', text), tone: 'c-blank', pattern: 'dots', symbol: '·' },
  { key: 'withheld', label: missingReasonLabel('withheld', text), tone: 'c-withheld', pattern: 'vertical', symbol: 'W' },
];

const OPTION_TONES = ['c-yes', 'c-opt-2', 'c-opt-3', 'c-opt-4', 'c-opt-5'] as const;
const OPTION_PATTERNS: readonly PatternKind[] = ['solid', 'diagonal', 'vertical', 'cross', 'dots'];

/** Categories for a choice question: its options, then not answered, not legible and withheld. */
export function choiceCategories(options: readonly { value: string; label: string }[], text: TextI18n = i18n): Category[] {
  const closed = closedCategories(text);
  return [
    ...options.map((o, i) => ({
      key: o.value,
      label: o.label,
      tone: OPTION_TONES[i % OPTION_TONES.length] as string,
      pattern: OPTION_PATTERNS[i % OPTION_PATTERNS.length] as PatternKind,
      symbol: String(i + 1),
    })),
    ...closed.filter((c) => c.key === 'not_answered' || c.key === 'not_legible_in_source' || c.key === 'withheld'),
  ];
}

export const patternId = (prefix: string, c: Category) => `${prefix}-pat-${c.key.replace(/[^a-z0-9-]/gi, '-')}`;

/** The fill of a mark of category `c`: its pattern, or a plain class for solid fills. */
export function fillAttrs(prefix: string, c: Category): Record<string, string> {
  // A patterned mark carries no colour class: CSS would override the fill attribute. The pattern has the colour.
  return c.pattern === 'solid' ? { class: `mark ${c.tone}` } : { class: 'mark', fill: `url(#${patternId(prefix, c)})` };
}

/** <defs> with one <pattern> per patterned category: the tone as background, strokes in the ink colour. */
export function patternDefs(prefix: string, categories: readonly Category[]): SvgNode {
  const patterns = categories
    .filter((c) => c.pattern !== 'solid')
    .map((c) => {
      const size = 6;
      const ink = { class: 'pattern-ink' };
      const strokes: SvgNode[] =
        c.pattern === 'diagonal'
          ? [el('path', { ...ink, d: `M0,${size} L${size},0 M-1,1 L1,-1 M${size - 1},${size + 1} L${size + 1},${size - 1}` })]
          : c.pattern === 'vertical'
            ? [el('path', { ...ink, d: `M2,0 L2,${size}` })]
            : c.pattern === 'cross'
              ? [el('path', { ...ink, d: `M0,0 L${size},${size} M${size},0 L0,${size}` })]
              : [el('circle', { class: 'pattern-dot', cx: size / 2, cy: size / 2, r: 1 })];
      return el('pattern', { id: patternId(prefix, c), width: size, height: size, patternUnits: 'userSpaceOnUse' }, [
        el('rect', { class: c.tone, width: size, height: size }),
        ...strokes,
      ]);
    });
  return el('defs', {}, patterns);
}

/** A legend entry: the category's symbol and its name. */
export const legendLabel = (i18n: I18n, c: Category): string => i18n.t('charts.symbolLabel', { symbol: c.symbol, label: c.label });

/** A horizontal legend: swatch (with pattern) and label for each category, wrapped to `width`. */
export function legend(
  prefix: string,
  categories: readonly Category[],
  label: (c: Category) => string,
  x: number,
  y: number,
  width: number,
): { node: SvgNode; height: number } {
  const texts = categories.map(label);
  // Room for the swatch and the symbol, then the name.
  const flow = flowLines(
    categories.map((c) => 26 + textWidth(c.label, 6.8)),
    width,
    12,
    18,
  );
  const items = categories.map((c, i) =>
    el('g', { class: 'legend-item', transform: `translate(${flow.positions[i]!.x},${flow.positions[i]!.y})` }, [
      el('rect', { ...fillAttrs(prefix, c), x: 0, y: 0, width: 12, height: 12, rx: 2 }),
      el('text', { class: 'legend-label', x: 18, y: 10 }, texts[i]!),
    ]),
  );
  return { node: el('g', { class: 'legend', transform: `translate(${x},${y})` }, items), height: flow.height + 18 };
}
