import { t } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';
import { CLOSED_STATE_LABELS } from '../../questionnaire/index.ts';
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

export const CLOSED_CATEGORIES: readonly Category[] = [
  { key: 'yes', label: CLOSED_STATE_LABELS.yes, tone: 'c-yes', pattern: 'solid', symbol: '✓' },
  { key: 'no', label: CLOSED_STATE_LABELS.no, tone: 'c-no', pattern: 'diagonal', symbol: '✕' },
  { key: 'not_answered', label: CLOSED_STATE_LABELS.not_answered, tone: 'c-blank', pattern: 'dots', symbol: '·' },
  { key: 'not_legible_in_source', label: CLOSED_STATE_LABELS.not_legible_in_source, tone: 'c-illegible', pattern: 'cross', symbol: '?' },
  { key: 'withheld', label: t('charts.categories.withheld'), tone: 'c-withheld', pattern: 'vertical', symbol: 'W' },
];

export const COVERAGE_CATEGORIES: readonly Category[] = [
  { key: 'given', label: t('charts.categories.given'), tone: 'c-yes', pattern: 'solid', symbol: '✓' },
  { key: 'not_given', label: t('charts.categories.notGiven'), tone: 'c-blank', pattern: 'dots', symbol: '·' },
  { key: 'withheld', label: t('charts.categories.withheld'), tone: 'c-withheld', pattern: 'vertical', symbol: 'W' },
];

const OPTION_TONES = ['c-yes', 'c-opt-2', 'c-opt-3', 'c-opt-4', 'c-opt-5'] as const;
const OPTION_PATTERNS: readonly PatternKind[] = ['solid', 'diagonal', 'vertical', 'cross', 'dots'];

/** Categories for a choice question: its options, then not answered and not legible. */
export function choiceCategories(options: readonly { value: string; label: string }[]): Category[] {
  return [
    ...options.map((o, i) => ({
      key: o.value,
      label: o.label,
      tone: OPTION_TONES[i % OPTION_TONES.length] as string,
      pattern: OPTION_PATTERNS[i % OPTION_PATTERNS.length] as PatternKind,
      symbol: String(i + 1),
    })),
    CLOSED_CATEGORIES[2] as Category,
    CLOSED_CATEGORIES[3] as Category,
    CLOSED_CATEGORIES[4] as Category,
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
