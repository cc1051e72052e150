// The benchmark's derived figures (scripts/bench.ts): the site's cost as a multiple of the bare
// Astro + Pagefind baseline at each size, and how the cost per response grows with the number of
// responses. Pure functions over the measured results, so they can be table-tested.

/** What the report needs of one measured build (a subset of bench.ts's SizeResult). */
export interface MeasuredBuild {
  readonly kind: 'site' | 'baseline';
  readonly responses: number;
  /** All-in build: pages + search index. */
  readonly buildSeconds: number;
  readonly pagesSeconds: number | undefined;
  readonly indexSeconds: number | undefined;
  readonly peakTreeRssMiB: number;
  readonly outputBytes: number;
  readonly outputFiles: number;
  readonly searchIndexBytes: number;
  readonly search: { readonly totalBytes: number };
}

/** The figures compared with the baseline, in the order the ratio table prints them. */
export const RATIO_METRICS = [
  { key: 'buildSeconds', label: 'all-in build', value: (r: MeasuredBuild) => r.buildSeconds },
  { key: 'pagesSeconds', label: 'pages', value: (r: MeasuredBuild) => r.pagesSeconds },
  { key: 'indexSeconds', label: 'index', value: (r: MeasuredBuild) => r.indexSeconds },
  { key: 'peakTreeRssMiB', label: 'peak tree RSS', value: (r: MeasuredBuild) => r.peakTreeRssMiB },
  { key: 'outputBytes', label: 'output bytes', value: (r: MeasuredBuild) => r.outputBytes },
  { key: 'outputFiles', label: 'output files', value: (r: MeasuredBuild) => r.outputFiles },
  { key: 'searchIndexBytes', label: 'search index bytes', value: (r: MeasuredBuild) => r.searchIndexBytes },
  { key: 'firstSearchBytes', label: 'first-search bytes', value: (r: MeasuredBuild) => r.search.totalBytes },
] as const;

export type RatioKey = (typeof RATIO_METRICS)[number]['key'];

/** `site / baseline`, or undefined when either is unknown or the baseline is not a positive number. */
export function ratio(site: number | undefined, baseline: number | undefined): number | undefined {
  if (site === undefined || baseline === undefined || !Number.isFinite(site) || !Number.isFinite(baseline)) return undefined;
  return baseline > 0 ? site / baseline : undefined;
}

export interface RatioRow {
  readonly responses: number;
  readonly ratios: Readonly<Record<RatioKey, number | undefined>>;
}

/** One row per size measured both as the site and as the baseline, smallest first. */
export function ratioTable(results: readonly MeasuredBuild[]): RatioRow[] {
  const sizes = [...new Set(results.map((r) => r.responses))].sort((a, b) => a - b);
  return sizes.flatMap((n) => {
    const site = results.find((r) => r.kind === 'site' && r.responses === n);
    const baseline = results.find((r) => r.kind === 'baseline' && r.responses === n);
    if (!site || !baseline) return [];
    const ratios = Object.fromEntries(RATIO_METRICS.map((m) => [m.key, ratio(m.value(site), m.value(baseline))]));
    return [{ responses: n, ratios: ratios as Record<RatioKey, number | undefined> }];
  });
}

/** The growth goal: the cost per response at the largest size at most 1.2 times that at the reference size. */
export const GROWTH_GOAL = 1.2;
/** The preferred reference size. */
export const GROWTH_REFERENCE = 1000;

/**
 * The two sizes compared: the largest, and 1,000 when it was measured and is smaller, otherwise the
 * second-largest. Undefined with fewer than two sizes.
 */
export function growthSizes(sizes: readonly number[]): { readonly from: number; readonly to: number } | undefined {
  const distinct = [...new Set(sizes)].sort((a, b) => a - b);
  if (distinct.length < 2) return undefined;
  const to = distinct.at(-1)!;
  const from = distinct.includes(GROWTH_REFERENCE) && GROWTH_REFERENCE < to ? GROWTH_REFERENCE : distinct.at(-2)!;
  return { from, to };
}

/** The costs whose growth per response is reported. */
export const GROWTH_METRICS = [
  { key: 'buildMs', label: 'all-in build', unit: 'ms/response', value: (r: MeasuredBuild) => r.buildSeconds * 1000 },
  { key: 'treeRssMiB', label: 'peak tree RSS', unit: 'MiB/response', value: (r: MeasuredBuild) => r.peakTreeRssMiB },
  { key: 'outputBytes', label: 'output', unit: 'bytes/response', value: (r: MeasuredBuild) => r.outputBytes },
] as const;

export type GrowthKey = (typeof GROWTH_METRICS)[number]['key'];

export interface GrowthFigure {
  readonly key: GrowthKey;
  readonly label: string;
  readonly unit: string;
  /** Cost per response at the reference size and at the largest size. */
  readonly fromPerResponse: number;
  readonly toPerResponse: number;
  /** toPerResponse / fromPerResponse: 1 is linear, above 1 worse than linear. */
  readonly growth: number | undefined;
  readonly meetsGoal: boolean | undefined;
}

export interface GrowthReport {
  readonly from: number;
  readonly to: number;
  readonly goal: number;
  readonly figures: readonly GrowthFigure[];
}

/** Cost per response at the largest site build divided by that at the reference size (see growthSizes). */
export function growthReport(results: readonly MeasuredBuild[]): GrowthReport | undefined {
  const sites = results.filter((r) => r.kind === 'site');
  const sizes = growthSizes(sites.map((r) => r.responses));
  if (!sizes) return undefined;
  const from = sites.find((r) => r.responses === sizes.from)!;
  const to = sites.find((r) => r.responses === sizes.to)!;
  const figures = GROWTH_METRICS.map((m): GrowthFigure => {
    const fromPerResponse = m.value(from) / from.responses;
    const toPerResponse = m.value(to) / to.responses;
    const growth = ratio(toPerResponse, fromPerResponse);
    return {
      key: m.key,
      label: m.label,
      unit: m.unit,
      fromPerResponse,
      toPerResponse,
      growth,
      meetsGoal: growth === undefined ? undefined : growth <= GROWTH_GOAL,
    };
  });
  return { from: sizes.from, to: sizes.to, goal: GROWTH_GOAL, figures };
}

// ---------------------------------------------------------------------------------------------- text

const times = (x: number | undefined) => (x === undefined ? '–' : `${x.toFixed(2)}×`);

/** The ratio table as Markdown, or a sentence saying why there is none. */
export function formatRatioTable(rows: readonly RatioRow[]): string {
  if (rows.length === 0) return 'Site / baseline: no size was measured with the baseline (run without --no-baseline).';
  const header = ['n', ...RATIO_METRICS.map((m) => m.label)];
  const lines = [header, ...rows.map((r) => [String(r.responses), ...RATIO_METRICS.map((m) => times(r.ratios[m.key]))])];
  const table = lines.map((row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${row.map(() => ' --- ').join('|')}|` : ''}`).join('\n');
  return `Site / baseline (1.00× = as costly as a bare Astro + Pagefind site of as many pages):\n\n${table}`;
}

/** A readable per-response figure: small numbers keep their significant digits. */
function perResponse(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3);
}

/** The growth lines, each with the goal and whether it is met. */
export function formatGrowth(report: GrowthReport | undefined): string {
  if (!report) return 'Growth: needs at least two sizes.';
  const lines = report.figures.map((f) => {
    const verdict = f.meetsGoal === undefined ? 'not measured' : f.meetsGoal ? 'meets the goal' : 'MISSES the goal';
    return `  ${f.label}: ${perResponse(f.fromPerResponse)} → ${perResponse(f.toPerResponse)} ${f.unit}, growth ${times(f.growth)} (goal ≤ ${report.goal}×: ${verdict})`;
  });
  return [`Growth of the cost per response, ${report.to} responses vs ${report.from} (goal ≤ ${report.goal}×):`, ...lines].join('\n');
}
