/*
 * A heatmap of cities × checklist items (III.2's sixteen strategy items), layout. Each cell is the
 * city's answer to one item. Above `limit` cities, rows are UN regions instead, and each cell holds
 * the counts by answer and the share of the region's cities that answered yes.
 */

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
    /** A city (per-city mode), a UN region, or all regions together (the last row of region mode). */
    readonly kind: 'city' | 'region' | 'all';
    readonly id: string;
    /** The city's or the region's name ('' for all regions: the description names it). */
    readonly label: string;
    /** The city's country ('' for region rows). */
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

export function layoutHeatmap(
  rowsIn: readonly HeatmapRowInput[],
  items: readonly HeatmapItem[],
  options: { width?: number; limit?: number; compare?: (a: string, b: string) => number } = {},
): HeatmapMarks {
  const compare = options.compare ?? byCodePoint;
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
    const sorted = [...rowsIn].sort((a, b) => compare(a.region, b.region) || compare(a.label, b.label));
    for (const r of sorted) {
      if (groups.at(-1)?.label !== r.region) {
        y += GROUP_GAP;
        groups.push({ label: r.region, y: y - 6, count: 0 });
      }
      groups[groups.length - 1]!.count++;
      rows.push({
        kind: 'city',
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
    const entries: [string | undefined, readonly HeatmapRowInput[]][] = [...groups.entries()].sort(([a], [b]) => compare(a, b));
    entries.push([undefined, rowsIn]);
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
        kind: region === undefined ? 'all' : 'region',
        id: region === undefined ? 'all' : region.toLowerCase(),
        label: region ?? '',
        sublabel: '',
        y,
        n: members.length,
        cells,
      });
      y += cellHeight;
    }
  }
  return { mode, width, height: y + 8, x0: LABEL_WIDTH, y0: HEADER, cellWidth, cellHeight, columns, rows, groups, total: rowsIn.length };
}
