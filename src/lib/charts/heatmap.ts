import { CLOSED_CATEGORIES } from './categories.ts';
import type { Category } from './categories.ts';
import { formatCount, svgRoot } from './spec.ts';
import type { ChartSpec } from './spec.ts';
import { el, truncate } from './svg.ts';
import type { SvgNode } from './svg.ts';
import type { DataTable } from './table.ts';

/*
 * A heatmap of cities × checklist items (III.2's sixteen strategy items). Each cell shows the city's
 * answer by colour and symbol. Above `limit` cities, rows are UN regions instead: each cell gives the
 * share of the region's cities that answered yes, as a shade and a number.
 */

export interface HeatmapRowInput {
  readonly id: string;
  readonly label: string;
  readonly country: string;
  readonly region: string;
  /** State of each item, by item key: yes / no / not_answered / not_legible_in_source / withheld. */
  readonly states: Readonly<Record<string, string>>;
}

export interface HeatmapItem {
  readonly key: string;
  readonly label: string;
}

export interface HeatmapCell {
  readonly item: string;
  readonly x: number;
  readonly y: number;
  /** Per-city cells: the state. Aggregated cells: counts by state and the share of yes (0–1). */
  readonly state?: string;
  readonly counts?: Readonly<Record<string, number>>;
  readonly shareYes?: number;
  readonly n?: number;
}

export interface HeatmapMarks {
  readonly mode: 'cities' | 'regions';
  readonly width: number;
  readonly height: number;
  readonly x0: number;
  readonly y0: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly columns: readonly { readonly key: string; readonly label: string; readonly x: number }[];
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly sublabel: string;
    readonly y: number;
    readonly n: number;
    readonly cells: readonly HeatmapCell[];
  }[];
  /** Per-city mode: the UN region headings between rows. */
  readonly groups: readonly { readonly label: string; readonly y: number; readonly count: number }[];
  readonly total: number;
}

const LABEL_WIDTH = 150;
const HEADER = 175;
/** Space above each UN region's first row, for its name. */
const GROUP_GAP = 20;

/** Shade class of a share of yes: five steps, labelled with the number too. */
export const shareStep = (share: number) => `h-${Math.min(4, Math.floor(share * 5))}`;

export function layoutHeatmap(
  rowsIn: readonly HeatmapRowInput[],
  items: readonly HeatmapItem[],
  options: { width?: number; limit?: number } = {},
): HeatmapMarks {
  const width = options.width ?? 640;
  const limit = options.limit ?? 200;
  const cellWidth = Math.floor((width - LABEL_WIDTH - 8) / items.length);
  const mode = rowsIn.length > limit ? 'regions' : 'cities';
  const cellHeight = mode === 'cities' ? 16 : 24;
  const columns = items.map((it, i) => ({ key: it.key, label: it.label, x: LABEL_WIDTH + i * cellWidth }));
  let y = HEADER;
  const rows: HeatmapMarks['rows'][number][] = [];
  const groups: { label: string; y: number; count: number }[] = [];
  if (mode === 'cities') {
    const sorted = [...rowsIn].sort((a, b) => a.region.localeCompare(b.region, 'en') || a.label.localeCompare(b.label, 'en'));
    for (const r of sorted) {
      if (groups.at(-1)?.label !== r.region) {
        y += GROUP_GAP;
        groups.push({ label: r.region, y: y - 6, count: 0 });
      }
      groups[groups.length - 1]!.count++;
      rows.push({
        id: r.id,
        label: r.label,
        sublabel: r.country,
        y,
        n: 1,
        cells: columns.map((c) => ({ item: c.key, x: c.x, y, state: r.states[c.key] ?? 'not_answered' })),
      });
      y += cellHeight;
    }
  } else {
    const groups = new Map<string, HeatmapRowInput[]>();
    for (const r of rowsIn) groups.set(r.region, [...(groups.get(r.region) ?? []), r]);
    const entries = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'en'));
    entries.push(['All regions', [...rowsIn]]);
    for (const [region, members] of entries) {
      const cells = columns.map((c) => {
        const counts: Record<string, number> = {};
        for (const m of members) {
          const s = m.states[c.key] ?? 'not_answered';
          counts[s] = (counts[s] ?? 0) + 1;
        }
        return { item: c.key, x: c.x, y, counts, n: members.length, shareYes: (counts['yes'] ?? 0) / members.length };
      });
      rows.push({
        id: region === 'All regions' ? 'all' : region.toLowerCase(),
        label: region,
        sublabel: `${formatCount(members.length)} cities`,
        y,
        n: members.length,
        cells,
      });
      y += cellHeight;
    }
  }
  return { mode, width, height: y + 8, x0: LABEL_WIDTH, y0: HEADER, cellWidth, cellHeight, columns, rows, groups, total: rowsIn.length };
}

const stateLabel = (key: string) => CLOSED_CATEGORIES.find((c) => c.key === key)?.label ?? key;

export function heatmapTable(marks: HeatmapMarks): DataTable {
  if (marks.mode === 'cities') {
    return {
      columns: ['City', 'Country', ...marks.columns.map((c) => c.label)],
      rows: marks.rows.map((r) => [r.label, r.sublabel, ...r.cells.map((c) => stateLabel(c.state ?? 'not_answered'))]),
    };
  }
  return {
    columns: ['Region', 'Item', 'Cities', ...CLOSED_CATEGORIES.map((c) => c.label), 'Share yes (%)'],
    rows: marks.rows.flatMap((r) =>
      r.cells.map((c) => [
        r.label,
        marks.columns.find((k) => k.key === c.item)?.label ?? c.item,
        c.n ?? 0,
        ...CLOSED_CATEGORIES.map((k) => c.counts?.[k.key] ?? 0),
        Math.round((c.shareYes ?? 0) * 1000) / 10,
      ]),
    ),
  };
}

/** Short symbol ids and classes: a 200-city heatmap has 3,200 cells. */
const SHORT: Record<string, string> = { yes: 'y', no: 'n', not_answered: 'a', not_legible_in_source: 'l', withheld: 'w' };

function cityTip(r: HeatmapMarks['rows'][number], marks: HeatmapMarks): string {
  const counts = CLOSED_CATEGORIES.map((c) => ({ c, n: r.cells.filter((cell) => cell.state === c.key).length })).filter((x) => x.n > 0);
  return `${r.label}, ${r.sublabel}: ${counts.map((x) => `${x.c.label.toLowerCase()} ${x.n}`).join(', ')} (of ${marks.columns.length} items)`;
}

export interface HeatmapChartInput {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly HeatmapRowInput[];
  readonly items: readonly HeatmapItem[];
  readonly limit?: number;
  readonly downloads?: ChartSpec['downloads'];
}

export function heatmapChart(input: HeatmapChartInput): ChartSpec {
  const { id, title } = input;
  const marks = layoutHeatmap(input.rows, input.items, input.limit === undefined ? {} : { limit: input.limit });
  const notes: string[] = [];
  let summary: string;
  if (marks.mode === 'regions') {
    const all = marks.rows.at(-1);
    const best = all?.cells.reduce((a, b) => ((b.shareYes ?? 0) > (a.shareYes ?? 0) ? b : a));
    summary = `Share of cities answering yes to each of the ${marks.columns.length} strategy items, by UN region, across ${formatCount(marks.total)} cities${best ? `; most often checked: ${marks.columns.find((c) => c.key === best.item)?.label} (${Math.round((best.shareYes ?? 0) * 100)}%)` : ''}.`;
    notes.push(
      `With ${formatCount(marks.total)} cities, rows are UN regions: each cell gives the share of that region's cities answering yes (the table has every count).`,
    );
  } else if (marks.total === 1) {
    const r = marks.rows[0];
    const yes = r?.cells.filter((c) => c.state === 'yes').length ?? 0;
    summary = `One response so far: ${r?.label ?? 'the city'} answers yes to ${yes} of ${marks.columns.length} strategy items.`;
    notes.push('One response so far: the row shows that city’s own answers.');
  } else {
    summary = `Answers of ${formatCount(marks.total)} cities to each of the ${marks.columns.length} strategy items, grouped by UN region.`;
  }
  const cats: readonly Category[] = CLOSED_CATEGORIES;
  const children: SvgNode[] = [
    el(
      'defs',
      {},
      marks.mode === 'cities'
        ? cats
            .map((c) => ({ ...c, symbolKey: SHORT[c.key] ?? c.key }))
            .map((c) =>
              el(
                'symbol',
                {
                  id: `${id}-${c.symbolKey}`,
                  width: marks.cellWidth,
                  height: marks.cellHeight,
                  viewBox: `0 0 ${marks.cellWidth} ${marks.cellHeight}`,
                },
                [
                  el('rect', { x: 0.5, y: 0.5, width: marks.cellWidth - 1, height: marks.cellHeight - 1 }),
                  // fill="currentColor": the symbol's text takes the `color` of the <use>, its box the `fill`.
                  el(
                    'text',
                    {
                      class: 'cell-symbol',
                      fill: 'currentColor',
                      x: marks.cellWidth / 2,
                      y: marks.cellHeight / 2 + 4,
                      'text-anchor': 'middle',
                    },
                    c.symbol,
                  ),
                ],
              ),
            )
        : [],
    ),
    el(
      'g',
      { class: 'column-labels', 'aria-hidden': 'true' },
      marks.columns.map((c) => {
        const cx = c.x + marks.cellWidth / 2;
        // Vertical labels: they never run past the chart's right edge.
        return el(
          'text',
          { class: 'column-label', x: cx + 4, y: marks.y0 - 6, transform: `rotate(-90 ${cx + 4} ${marks.y0 - 6})` },
          truncate(c.label, 26),
        );
      }),
    ),
  ];
  if (marks.groups.length)
    children.push(
      el(
        'g',
        { class: 'groups', 'aria-hidden': 'true' },
        marks.groups.map((g) => el('text', { class: 'group-label', x: 4, y: g.y }, `${g.label} (${formatCount(g.count)})`)),
      ),
    );
  children.push(
    el(
      'g',
      { class: 'rows' },
      marks.rows.map((r) =>
        el(
          'g',
          {
            class: 'row',
            transform: `translate(0,${r.y})`,
            'data-id': r.id,
            'data-name': marks.mode === 'cities' ? r.label : undefined,
            'data-tip': marks.mode === 'cities' ? cityTip(r, marks) : undefined,
          },
          [
            el('text', { class: 'row-label', x: marks.x0 - 6, y: marks.cellHeight / 2 + 4, 'text-anchor': 'end' }, truncate(r.label, 22)),
            ...r.cells.map((c) => {
              const item = marks.columns.find((k) => k.key === c.item)?.label ?? c.item;
              if (marks.mode === 'cities') {
                // One <use> of the state's symbol per cell keeps 200 × 16 cells light; the row carries the tooltip.
                const cat = cats.find((k) => k.key === c.state) ?? (cats[2] as Category);
                const k = SHORT[cat.key] ?? cat.key;
                return el('use', { href: `#${id}-${k}`, class: `hm-${k}`, x: c.x });
              }
              const pct = Math.round((c.shareYes ?? 0) * 100);
              const step = shareStep(c.shareYes ?? 0);
              return el(
                'g',
                {
                  class: 'cell',
                  'data-tip': `${r.label} — ${item}: ${pct}% yes (${formatCount(c.counts?.['yes'] ?? 0)} of ${formatCount(c.n ?? 0)})`,
                },
                [
                  el('rect', { class: `mark ${step}`, x: c.x + 0.5, y: 0.5, width: marks.cellWidth - 1, height: marks.cellHeight - 1 }),
                  el(
                    'text',
                    { class: `cell-symbol on-${step}`, x: c.x + marks.cellWidth / 2, y: marks.cellHeight / 2 + 4, 'text-anchor': 'middle' },
                    String(pct),
                  ),
                ],
              );
            }),
          ],
        ),
      ),
    ),
  );
  // Legend: the five states (per city) or the five shades (per region).
  const legendY = marks.height + 4;
  const legendItems =
    marks.mode === 'cities'
      ? cats.map((c) => ({ tone: c.tone, symbol: c.symbol, label: c.label }))
      : [0, 1, 2, 3, 4].map((i) => ({ tone: `h-${i}`, symbol: '', label: `${i * 20}–${i === 4 ? 100 : i * 20 + 19}% yes` }));
  let lx = 0;
  let ly = 0;
  const legendNodes = legendItems.map((it) => {
    const w = 30 + it.label.length * 6.8;
    if (lx > 0 && lx + w > marks.width - 8) {
      lx = 0;
      ly += 18;
    }
    const node = el('g', { class: 'legend-item', transform: `translate(${lx},${ly})` }, [
      el('rect', { class: `mark ${it.tone}`, width: 16, height: 14, rx: 2 }),
      it.symbol ? el('text', { class: `cell-symbol on-${it.tone}`, x: 8, y: 11, 'text-anchor': 'middle' }, it.symbol) : undefined,
      el('text', { class: 'legend-label', x: 22, y: 11 }, it.label),
    ]);
    lx += w + 10;
    return node;
  });
  children.push(el('g', { class: 'legend', transform: `translate(8,${legendY})` }, legendNodes));
  return {
    id,
    kind: 'heatmap',
    title,
    summary,
    notes,
    svg: svgRoot(id, 'heatmap', title, summary, marks.width, legendY + ly + 24, children),
    table: heatmapTable(marks),
    ...(input.downloads ? { downloads: input.downloads } : {}),
    minWidth: 600,
  };
}
