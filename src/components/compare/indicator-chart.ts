import { el } from './dom.ts';

/*
 * The numeric indicators of the chosen cities, charted together: one small bar chart per
 * indicator, one labelled bar per city. A missing value is said in words, never drawn as zero.
 */

export interface IndicatorMeta {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly questionId: string;
  readonly max?: number;
}

export interface CityValue {
  readonly name: string;
  /** A number, or why it is missing. */
  readonly value: number | string;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
export function formatIndicator(value: number, unit: string): string {
  return unit === '%' ? `${numberFormat.format(value)}%` : `${numberFormat.format(value)} ${unit}`;
}

let chartCount = 0;

/** The words for a missing value, by reason: from the server-rendered page (the client has no catalogue). */
export type MissingLabels = Readonly<Record<string, string>>;

export function indicatorChart(meta: IndicatorMeta, cities: readonly CityValue[], missingLabels: MissingLabels): HTMLElement {
  const id = `indicator-chart-${++chartCount}`;
  const numbers = cities.flatMap((c) => (typeof c.value === 'number' ? [c.value] : []));
  const max = meta.max ?? Math.max(1, ...numbers);
  const width = 360;
  const labelWidth = 110;
  const valueWidth = 78;
  const barArea = width - labelWidth - valueWidth;
  const rowHeight = 26;
  const height = cities.length * rowHeight + 6;
  const title = `${meta.label} (${meta.questionId}${meta.unit === '%' ? ', %' : `, ${meta.unit}`})`;
  const summary = cities
    .map((c) => `${c.name}: ${typeof c.value === 'number' ? formatIndicator(c.value, meta.unit) : (missingLabels[c.value] ?? c.value)}`)
    .join('; ');

  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    class: 'indicator-chart__svg',
  });
  root.append(
    svg('title', { id: `${id}-title` }, title),
    svg('desc', { id: `${id}-desc` }, `${summary}. Scale 0 to ${formatIndicator(max, meta.unit)}.`),
  );
  cities.forEach((c, i) => {
    const y = i * rowHeight + 4;
    const g = svg('g', { class: 'indicator-chart__row' });
    g.append(
      svg(
        'text',
        { x: labelWidth - 8, y: y + 15, 'text-anchor': 'end', class: 'indicator-chart__city' },
        c.name.length > 16 ? `${c.name.slice(0, 15)}…` : c.name,
      ),
    );
    g.append(svg('rect', { x: labelWidth, y: y + 3, width: barArea, height: 16, class: 'indicator-chart__track' }));
    if (typeof c.value === 'number') {
      const w = Math.max(0, Math.min(1, c.value / max)) * barArea;
      g.append(svg('rect', { x: labelWidth, y: y + 3, width: w.toFixed(1), height: 16, class: 'indicator-chart__bar' }));
      g.append(
        svg('text', { x: labelWidth + barArea + 6, y: y + 15, class: 'indicator-chart__value' }, formatIndicator(c.value, meta.unit)),
      );
    } else {
      g.append(svg('text', { x: labelWidth + 6, y: y + 15, class: 'indicator-chart__missing' }, missingLabels[c.value] ?? c.value));
    }
    root.append(g);
  });
  return el('figure', { class: 'indicator-chart' }, el('figcaption', {}, title), root);
}
