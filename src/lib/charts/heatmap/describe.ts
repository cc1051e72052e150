import type { TextI18n } from '../../../i18n/index.ts';
import { closedCategories } from '../categories.ts';
import type { Category } from '../categories.ts';
import { MIN_CHARTED } from '../few.ts';
import { formatShare, formatTally } from '../format.ts';
import type { ChartWords } from '../spec.ts';
import type { DataTable } from '../table.ts';
import type { HeatmapCell, HeatmapMarks } from './layout.ts';

/* Heatmap, description: summary, notes, row names, tips, legend labels and the table (`charts.heatmap`). */

type PlacedRow = HeatmapMarks['rows'][number];

export interface HeatmapLabels {
  readonly rowName: (row: PlacedRow) => string;
  readonly groupName: (group: HeatmapMarks['groups'][number]) => string;
  readonly cityTip: (row: PlacedRow) => string;
  readonly cellTip: (row: PlacedRow, cell: HeatmapCell) => string;
  /** The number in a region cell: its share of yes, in per cent. */
  readonly cellValue: (cell: HeatmapCell) => string;
  /** Region mode: the five shades of the share of yes. */
  readonly shade: (step: number) => string;
  /** The answer states, named in the chart's language: cell symbols and the legend. */
  readonly categories: readonly Category[];
}

export const rowName = (i18n: TextI18n, row: PlacedRow): string => (row.kind === 'all' ? i18n.t('charts.heatmap.allRegions') : row.label);

/** One city's answers counted by state: "3 yes, 13 not legible in the source". */
function stateTally(i18n: TextI18n, row: PlacedRow): string {
  const counts = closedCategories(i18n)
    .map((c) => ({ c, n: row.cells.filter((cell) => cell.state === c.key).length }))
    .filter((x) => x.n > 0);
  return formatTally(
    i18n,
    counts.map((x) => i18n.t('charts.heatmap.stateCount', { state: x.c.label.toLocaleLowerCase(i18n.lang), count: x.n })),
  );
}

export function describeHeatmap(marks: HeatmapMarks, i18n: TextI18n): ChartWords {
  const items = marks.columns.length;
  if (marks.mode === 'regions') {
    const all = marks.rows.at(-1);
    const best = all?.cells.reduce((a, b) => ((b.shareYes ?? 0) > (a.shareYes ?? 0) ? b : a));
    const bestItem = best && marks.columns.find((c) => c.key === best.item)?.label;
    return {
      summary:
        best && bestItem !== undefined
          ? i18n.t('charts.heatmap.summaryRegionsBest', {
              items,
              total: marks.total,
              item: bestItem,
              share: formatShare(i18n, best.shareYes ?? 0),
            })
          : i18n.t('charts.heatmap.summaryRegions', { items, total: marks.total }),
      notes: [i18n.t('charts.heatmap.noteRegions', { total: marks.total })],
    };
  }
  if (marks.total < MIN_CHARTED) {
    // Every state counted ("16 not legible in the source"), never "yes to 0" when none can be read.
    const cities = marks.rows.map((r) => i18n.t('charts.heatmap.cityAnswers', { city: r.label, answers: stateTally(i18n, r) }));
    return { summary: i18n.t('charts.heatmap.summaryFew', { count: marks.total, items, cities: i18n.list(cities) }), notes: [] };
  }
  return { summary: i18n.t('charts.heatmap.summary', { total: marks.total, items }), notes: [] };
}

export function heatmapLabels(marks: HeatmapMarks, i18n: TextI18n): HeatmapLabels {
  const itemLabel = (key: string) => marks.columns.find((k) => k.key === key)?.label ?? key;
  const categories = closedCategories(i18n);
  return {
    categories,
    rowName: (r) => rowName(i18n, r),
    groupName: (g) => i18n.t('charts.heatmap.group', { region: g.label, count: g.count }),
    cityTip: (r) =>
      i18n.t('charts.heatmap.cityTip', { city: r.label, country: r.sublabel, answers: stateTally(i18n, r), items: marks.columns.length }),
    cellTip: (r, c) =>
      i18n.t('charts.heatmap.cellTip', {
        region: rowName(i18n, r),
        item: itemLabel(c.item),
        share: formatShare(i18n, c.shareYes ?? 0),
        yes: c.counts?.['yes'] ?? 0,
        n: c.n ?? 0,
      }),
    cellValue: (c) => i18n.number(Math.round((c.shareYes ?? 0) * 100)),
    shade: (step) => i18n.t('charts.heatmap.shade', { from: step * 20, to: step === 4 ? 100 : step * 20 + 19 }),
  };
}

export function heatmapTable(marks: HeatmapMarks, i18n: TextI18n): DataTable {
  const t: TextI18n['t'] = (key, params) => i18n.t(key, params);
  const categories = closedCategories(i18n);
  const stateLabel = (key: string) => categories.find((c) => c.key === key)?.label ?? key;
  if (marks.mode === 'cities') {
    return {
      columns: [t('charts.heatmap.table.city'), t('charts.heatmap.table.country'), ...marks.columns.map((c) => c.label)],
      rows: marks.rows.map((r) => [r.label, r.sublabel, ...r.cells.map((c) => stateLabel(c.state ?? 'not_answered'))]),
    };
  }
  return {
    columns: [
      t('charts.heatmap.table.region'),
      t('charts.heatmap.table.item'),
      t('charts.heatmap.table.cities'),
      ...categories.map((c) => c.label),
      t('charts.heatmap.table.shareYes'),
    ],
    rows: marks.rows.flatMap((r) =>
      r.cells.map((c) => [
        rowName(i18n, r),
        marks.columns.find((k) => k.key === c.item)?.label ?? c.item,
        c.n ?? 0,
        ...categories.map((k) => c.counts?.[k.key] ?? 0),
        Math.round((c.shareYes ?? 0) * 1000) / 10,
      ]),
    ),
  };
}
