import type { EditionDef } from '../../questionnaire/index.ts';
import { evidenceEntries } from '../../schemas/evidence.ts';
import type { LineRange, ResponseEvidence } from '../../schemas/evidence.ts';
import { parseQuestionnaire } from '../import/parse.ts';
import type { StrippedLine } from '../import/report.ts';
import { profilePath, profileQuestionPath, sourceLineAnchor } from '../urls.ts';

/*
 * What a response's source page shows: the document as received, each line with what the site used
 * it for. Lines an answer cites are "used"; the rest take the importer's own classification (its
 * `stripped` report: form text, footnote, page furniture, introduction), so "what is form text" has
 * one home; a line neither cited nor recognised is "not used", and shown as such. Each multi-line
 * evidence range becomes a wrapper (`id="L<from>-L<to>"`) so `:target` highlights it without script.
 * Ranges nest or coincide; a range that crosses another (starts inside it, ends after it) gets no
 * wrapper and is linked by its first line (`#L<from>`) instead.
 */

export type LineKind = 'used' | StrippedLine['kind'] | 'blank' | 'not used' | 'withheld';

/** The order of the summary ("320 lines: 142 used by answers, …"). */
export const LINE_KINDS: readonly LineKind[] = [
  'used',
  'form text',
  'footnote',
  'page furniture',
  'introduction',
  'blank',
  'not used',
  'withheld',
];

export interface SourceLineView {
  /** 1-based, as the evidence cites it. */
  readonly number: number;
  /** The line as received; empty when it is withheld. */
  readonly text: string;
  readonly kind: LineKind;
  /** Field paths (`IV.1.percent`, `city`) this line is evidence for, in the evidence block's order. */
  readonly uses: readonly string[];
  /**
   * The previous non-blank line says the same (same kind, same uses): the page marks only the first
   * line of such a run ("Form text" once for a paragraph of wording), which keeps it readable and light.
   */
  readonly continuesRun: boolean;
}

export interface RangeNode {
  readonly type: 'range';
  readonly range: LineRange;
  /** Every field path citing exactly this range. */
  readonly paths: readonly string[];
  readonly children: readonly SourceNode[];
}
export type SourceNode = { readonly type: 'line'; readonly line: SourceLineView } | RangeNode;

/** The lines of a text as its line numbers count them (a final newline ends the last line, it starts none). */
export function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

const inRange = (n: number, r: LineRange) => n >= r.from && n <= r.to;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;

/** A line's text cut at e-mail addresses, which the page shows in spoken form (as profiles do) so they are not harvested. */
export function linePieces(text: string): { readonly kind: 'text' | 'email'; readonly value: string }[] {
  const pieces: { kind: 'text' | 'email'; value: string }[] = [];
  let at = 0;
  for (const m of text.matchAll(EMAIL)) {
    if (m.index > at) pieces.push({ kind: 'text', value: text.slice(at, m.index) });
    pieces.push({ kind: 'email', value: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) pieces.push({ kind: 'text', value: text.slice(at) });
  return pieces;
}

/** Line number -> the field paths citing it. */
export function usesByLine(evidence: ResponseEvidence): Map<number, string[]> {
  const uses = new Map<number, string[]>();
  for (const entry of evidenceEntries(evidence))
    for (const range of entry.lines)
      for (let n = range.from; n <= range.to; n++) {
        const list = uses.get(n) ?? [];
        if (!list.includes(entry.path)) list.push(entry.path);
        uses.set(n, list);
      }
  return uses;
}

/** The importer's classification of the lines no answer uses, by line number. */
export function strippedKinds(text: string, edition: EditionDef): Map<number, StrippedLine['kind']> {
  const { report } = parseQuestionnaire(text, { edition });
  return new Map(report.stripped.map((s) => [s.line, s.kind]));
}

/** Every line of the document, with its kind; withheld lines lose their text. */
export function classifySourceLines(
  lines: readonly string[],
  evidence: ResponseEvidence,
  stripped: ReadonlyMap<number, StrippedLine['kind']>,
): SourceLineView[] {
  const uses = usesByLine(evidence);
  const withheld = Object.values(evidence.withheld ?? {}).flat();
  const views = lines.map((text, i) => {
    const number = i + 1;
    const used = uses.get(number) ?? [];
    if (withheld.some((r) => inRange(number, r))) return { number, text: '', kind: 'withheld' as const, uses: used };
    // A blank line inside a cited range is still blank: the summary counts what the city wrote.
    const kind: LineKind = !text.trim() ? 'blank' : used.length ? 'used' : (stripped.get(number) ?? 'not used');
    return { number, text, kind, uses: used };
  });
  let previous: Omit<SourceLineView, 'continuesRun'> | undefined;
  return views.map((line) => {
    if (line.kind === 'blank') return { ...line, continuesRun: false };
    const continuesRun =
      previous !== undefined &&
      previous.kind === line.kind &&
      previous.uses.length === line.uses.length &&
      previous.uses.every((p, i) => p === line.uses[i]);
    previous = line;
    return { ...line, continuesRun };
  });
}

/** A range linked by its first line, because it crosses another. */
export interface CrossingRange {
  readonly range: LineRange;
  readonly paths: readonly string[];
}

interface PlacedRange {
  readonly range: LineRange;
  readonly paths: string[];
  readonly children: PlacedRange[];
}

/** Multi-line ranges nested by containment (coinciding ranges merged); those that cross another are returned apart. */
export function nestRanges(evidence: ResponseEvidence): { roots: PlacedRange[]; crossing: CrossingRange[] } {
  const byKey = new Map<string, PlacedRange>();
  for (const entry of evidenceEntries(evidence))
    for (const range of entry.lines) {
      if (range.from === range.to) continue;
      const key = sourceLineAnchor(range);
      const placed = byKey.get(key) ?? { range, paths: [], children: [] };
      if (!placed.paths.includes(entry.path)) placed.paths.push(entry.path);
      byKey.set(key, placed);
    }
  const sorted = [...byKey.values()].sort((a, b) => a.range.from - b.range.from || b.range.to - a.range.to);
  const roots: PlacedRange[] = [];
  const crossing: CrossingRange[] = [];
  const open: PlacedRange[] = [];
  for (const node of sorted) {
    while (open.length && (open.at(-1)?.range.to ?? 0) < node.range.from) open.pop();
    const parent = open.at(-1);
    if (parent && node.range.to > parent.range.to) {
      crossing.push({ range: node.range, paths: node.paths });
      continue;
    }
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return { roots, crossing };
}

/** The lines from `from` to `to`, each range among `ranges` wrapped around its lines. */
function treeOf(lines: readonly SourceLineView[], from: number, to: number, ranges: readonly PlacedRange[]): SourceNode[] {
  const nodes: SourceNode[] = [];
  let n = from;
  while (n <= to) {
    const range = ranges.find((r) => r.range.from === n);
    if (range) {
      nodes.push({ type: 'range', range: range.range, paths: range.paths, children: treeOf(lines, n, range.range.to, range.children) });
      n = range.range.to + 1;
      continue;
    }
    const line = lines[n - 1];
    if (line) nodes.push({ type: 'line', line });
    n++;
  }
  return nodes;
}

/** The anchor a range is linked by on the page: its wrapper, or its first line when it is one line or crosses another. */
export function rangeAnchor(range: LineRange, crossing: readonly CrossingRange[]): string {
  const crosses = crossing.some((c) => c.range.from === range.from && c.range.to === range.to);
  return sourceLineAnchor(crosses ? { from: range.from, to: range.from } : range);
}

export type LineCounts = Readonly<Record<LineKind, number>>;

export function countLines(lines: readonly SourceLineView[]): LineCounts {
  const counts = Object.fromEntries(LINE_KINDS.map((k) => [k, 0])) as Record<LineKind, number>;
  for (const line of lines) counts[line.kind]++;
  return counts;
}

export interface SourceUse {
  readonly path: string;
  /** The question id, or null for the response's metadata (`city`, `submitted`). */
  readonly questionId: string | null;
  /** The field's short label, or null for metadata. */
  readonly fieldLabel: string | null;
  /** Where the answer is shown: the question on the profile, or the profile itself for metadata. */
  readonly href: string;
}

export interface ResponsePlace {
  readonly slug: string;
  readonly edition: number;
  /** The city's newest edition (its profile keeps the plain path). */
  readonly newestOfCity: number;
}

/** What one evidence path points at, for the line marks: the answer on the response's profile. */
export function sourceUse(path: string, def: EditionDef, place: ResponsePlace): SourceUse {
  const question = def.questions.find((q) => path.startsWith(`${q.id}.`));
  if (!question) return { path, questionId: null, fieldLabel: null, href: profilePath(place.slug, place.edition, place.newestOfCity) };
  const key = path.slice(question.id.length + 1);
  const field = question.fields.find((f) => f.key === key);
  return {
    path,
    questionId: question.id,
    fieldLabel: field?.label ?? key,
    href: profileQuestionPath(place.slug, question.id, place.edition, place.newestOfCity),
  };
}

export interface SourcePage {
  readonly lines: readonly SourceLineView[];
  readonly tree: readonly SourceNode[];
  readonly counts: LineCounts;
  /** Ranges linked by their first line because they cross another range. */
  readonly crossing: readonly CrossingRange[];
  /** Withheld fields without recorded lines: the text cannot be redacted safely, so it is not shown. */
  readonly unlocatedWithheld: readonly string[];
  /** The original file may be offered: nothing in the response is withheld. */
  readonly downloadable: boolean;
}

export interface SourceInput {
  readonly text: string;
  readonly edition: EditionDef;
  readonly evidence: ResponseEvidence;
  readonly withheld: readonly string[];
  /** strippedKinds(text, edition), when it was read already (on the build's worker: stripped-pool.ts). */
  readonly stripped?: ReadonlyMap<number, StrippedLine['kind']>;
}

/** Everything the source page shows, from the document's text and the response's evidence. */
export function sourcePage(input: SourceInput): SourcePage {
  const stripped = input.stripped ?? strippedKinds(input.text, input.edition);
  const lines = classifySourceLines(splitLines(input.text), input.evidence, stripped);
  // Withheld fields' ranges are not in `evidence.fields`, so they get no wrapper and no mark.
  const { roots, crossing } = nestRanges(input.evidence);
  return {
    lines,
    tree: treeOf(lines, 1, lines.length, roots),
    counts: countLines(lines),
    crossing,
    unlocatedWithheld: input.withheld.filter(
      (path) => !Object.keys(input.evidence.withheld ?? {}).some((field) => path === field || path.startsWith(`${field}.`)),
    ),
    downloadable: input.withheld.length === 0,
  };
}

export interface SourceRoute<R> {
  readonly slug: string;
  /** Absent for the city's newest edition (its page keeps the plain path). */
  readonly edition?: number;
  readonly response: R;
  readonly newestOfCity: number;
}

/** A source page for each response whose document the build has: the newest at the plain path, older ones by edition. */
export function sourceRoutes<R extends { readonly slug: string; readonly edition: number }>(
  responses: readonly R[],
  hasDocument: (response: R) => boolean,
): SourceRoute<R>[] {
  const newest = new Map<string, number>();
  for (const r of responses) newest.set(r.slug, Math.max(newest.get(r.slug) ?? r.edition, r.edition));
  return responses.filter(hasDocument).map((response) => {
    const newestOfCity = newest.get(response.slug) ?? response.edition;
    return { slug: response.slug, ...(response.edition === newestOfCity ? {} : { edition: response.edition }), response, newestOfCity };
  });
}
