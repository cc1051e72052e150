import { answerCategory, answerText, FIELD_KINDS, publicAnswer } from '../../fields/index.ts';
import { i18n } from '../../i18n/index.ts';
import type { TextI18n } from '../../i18n/index.ts';
import type { QuestionDef } from '../../questionnaire/index.ts';
import { CLOSED_BASES } from '../../schemas/evidence.ts';
import type { ClosedBasis } from '../../schemas/evidence.ts';
import { closedCategoryLabel } from '../charts/categories.ts';
import type { ClosedCategoryKey } from '../charts/categories.ts';
import { fieldStatus, questionUnanswered } from '../data/answers.ts';
import type { FieldStatus } from '../data/answers.ts';
import type { CityResponse, LineRange } from '../data/response.ts';
import { questionPath, responseQuestionPath, sourceLinesPath } from '../urls.ts';

/*
 * The one table of a question page: a row per city's answer, compact (the state of a yes/no, a short
 * excerpt of a long text with a link to the full answer on the profile), with how a yes/no was read
 * and where in the city's document it was read. Rows are grouped by UN region and pages never cut a
 * group: a page takes whole regions until the next one would pass the row budget, and a region larger
 * than a page is divided at its UN sub-regions.
 */

/** What the answer-state filter sorts rows by: a closed state (or withheld) for a yes/no question, else given or not. */
export type RowState = ClosedCategoryKey | 'given';

/** One closed part shown in a row ("National level: ✓ Yes"). */
export interface ClosedPart {
  /** The part's label; absent for a question's single yes/no. */
  readonly label?: string;
  readonly state: ClosedCategoryKey;
}

export interface AnswerRow {
  readonly id: string;
  readonly city: string;
  readonly country: string;
  readonly region: string;
  /**
   * Where a region too large for one page is divided, coarsest first: the UN sub-region, then the
   * intermediate region (the sub-region again where M49 has none).
   */
  readonly divisions: readonly [subregion: string, intermediateRegion: string];
  /** The answer on the city's profile. */
  readonly href: string;
  readonly state: RowState;
  /** The yes/no parts, each with its state (questions with a few closed parts). */
  readonly closed: readonly ClosedPart[];
  /** A checklist's answers counted by state, in state order (counts above zero). */
  readonly tally: readonly { readonly state: ClosedCategoryKey; readonly count: number }[];
  /** Parts that always show (a percentage, a choice), as text: "74.6%", or the words for a missing one. */
  readonly values: readonly { readonly label?: string; readonly text: string; readonly given: boolean }[];
  /** The start of the first written part; `more` when the profile has more than the excerpt. */
  readonly excerpt?: string;
  readonly more: boolean;
  /** How the question's yes/no was read, when the evidence says. */
  readonly basis?: ClosedBasis;
  /** Source lines of the answer, each linked to the city's source page. */
  readonly evidence: readonly { readonly range: LineRange; readonly href: string }[];
}

/** More closed parts than this read as a checklist: counted, not listed. */
const CHECKLIST_PARTS = 3;
/** Characters of free text a row shows before it links to the full answer. */
export const EXCERPT_LENGTH = 140;
const STATE_ORDER: readonly ClosedCategoryKey[] = ['yes', 'no', 'not_legible_in_source', 'not_answered', 'withheld'];

const closedState = (s: FieldStatus): ClosedCategoryKey => {
  if (s.kind === 'withheld') return 'withheld';
  if (s.kind === 'absent') return 'not_answered';
  const category = answerCategory(s.answer);
  return STATE_ORDER.find((k) => k === category) ?? 'not_answered';
};

/** `text` cut at a word boundary to at most `length` characters, with an ellipsis when cut. */
export function excerpt(text: string, length = EXCERPT_LENGTH): { text: string; cut: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return { text: flat, cut: false };
  const head = flat.slice(0, length);
  const space = head.lastIndexOf(' ');
  return { text: `${(space > length / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–-]+$/, '')}…`, cut: true };
}

/** Every range of one question's evidence, in source order (ranges of several parts merged when they overlap). */
export function questionRanges(response: CityResponse, question: QuestionDef): LineRange[] {
  const byKey = response.evidence.fields[question.id] ?? {};
  const all = Object.values(byKey)
    .flatMap((e) => e.lines)
    .toSorted((a, b) => a.from - b.from || a.to - b.to);
  const merged: LineRange[] = [];
  for (const r of all) {
    const last = merged.at(-1);
    if (last && r.from <= last.to + 1) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else merged.push(r);
  }
  return merged;
}

/** One city's row for one question. `newestOfCity` makes the links point at the plain profile when this is the city's newest edition. */
export function answerRow(response: CityResponse, question: QuestionDef, newestOfCity?: number, text: TextI18n = i18n): AnswerRow {
  const closedFields = question.fields.filter((f) => f.kind === 'closed');
  const checklist = closedFields.length > CHECKLIST_PARTS;
  const states = closedFields.map((f) => ({ field: f, state: closedState(fieldStatus(response, question, f)) }));
  const single = !checklist && states.length === 1 ? states[0] : undefined;
  const unanswered = questionUnanswered(response, question);
  const state: RowState = single ? single.state : unanswered ? 'not_answered' : 'given';
  // Percentages and choices always show (a missing one said so); free text shows as an excerpt.
  const structured = question.fields.filter((f) => f.kind !== 'closed' && FIELD_KINDS[f.kind].alwaysShown);
  const values = unanswered
    ? []
    : structured.map((f) => {
        const s = fieldStatus(response, question, f);
        const label = structured.length > 1 ? { label: f.label } : {};
        if (s.kind === 'value') return { ...label, text: answerText(s.answer, f), given: true };
        return { ...label, text: s.kind === 'withheld' ? text.t('fields.withheld') : text.t(FIELD_KINDS[f.kind].absentKey), given: false };
      });
  const written = question.fields.flatMap((f) => {
    if (f.kind === 'closed' || structured.includes(f)) return [];
    const s = fieldStatus(response, question, f);
    const shown = s.kind === 'value' ? publicAnswer(s.answer) : undefined;
    return shown ? [answerText(shown, f)] : [];
  });
  const first = written[0] ? excerpt(written[0]) : undefined;
  const read = single ? response.evidence.fields[question.id]?.[single.field.key] : undefined;
  // Bare line ranges carry no basis: only the mapping form can say how a yes/no was read.
  const basis = CLOSED_BASES.find((b) => read !== undefined && 'basis' in read && read.basis === b);
  return {
    id: response.id,
    city: response.city.name,
    country: response.country.name,
    region: response.country.region,
    divisions: [response.country.subregion, response.country.intermediateRegion ?? response.country.subregion],
    href: responseQuestionPath(response.slug, question.id, response.edition, newestOfCity),
    state,
    closed: checklist ? [] : states.map((s) => ({ ...(states.length > 1 ? { label: s.field.label } : {}), state: s.state })),
    tally: checklist
      ? STATE_ORDER.map((k) => ({ state: k, count: states.filter((s) => s.state === k).length })).filter((c) => c.count > 0)
      : [],
    values,
    ...(first ? { excerpt: first.text } : {}),
    more: Boolean(first?.cut) || written.length > 1,
    ...(basis ? { basis } : {}),
    evidence: questionRanges(response, question).map((range) => ({
      range,
      href: sourceLinesPath(response.slug, range, response.edition, newestOfCity),
    })),
  };
}

/** The answer states rows of this question can have, in display order, with their words (for the filter). */
export function rowStates(question: QuestionDef, text: TextI18n = i18n): { key: RowState; label: string }[] {
  const closed = question.fields.filter((f) => f.kind === 'closed');
  if (closed.length === 1)
    return STATE_ORDER.filter((k) => k !== 'withheld').map((key) => ({ key, label: closedCategoryLabel(key, text) }));
  return [
    { key: 'given', label: text.t('questionPage.state.given') },
    { key: 'not_answered', label: closedCategoryLabel('not_answered', text) },
  ];
}

export interface RegionGroup {
  readonly region: string;
  /** Set when the region was too large for one page: the sub-region or intermediate region this group is. */
  readonly part?: string;
  readonly rows: readonly AnswerRow[];
}

/** Consecutive rows of one region as a group (rows come ordered by region, as `editionResponses` orders them). */
export function regionGroups(rows: readonly AnswerRow[]): RegionGroup[] {
  const groups: { region: string; rows: AnswerRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last?.region === row.region) last.rows.push(row);
    else groups.push({ region: row.region, rows: [row] });
  }
  return groups;
}

/** Levels of `AnswerRow.divisions`: sub-region, intermediate region. */
const DIVISION_LEVELS = 2;

/**
 * A group of more than `budget` rows divided at the next level of the UN M49 hierarchy (sub-region,
 * then intermediate region), parts in name order and rows in their order within each part. A group
 * that fits, or that M49 divides no further, is kept whole and keeps its name.
 */
export function dividedGroups(
  group: RegionGroup,
  budget: number,
  compare: (a: string, b: string) => number = i18n.compare,
  level = 0,
): RegionGroup[] {
  if (group.rows.length <= budget || level >= DIVISION_LEVELS) return [group];
  const byPart = Map.groupBy(group.rows, (r) => r.divisions[level] ?? '');
  // One part is no division: try the next level, and keep the group's name.
  if (byPart.size === 1) return dividedGroups(group, budget, compare, level + 1);
  return [...byPart.keys()]
    .sort(compare)
    .flatMap((part) => dividedGroups({ region: group.region, part, rows: byPart.get(part) ?? [] }, budget, compare, level + 1));
}

/** A group's heading: "Africa", or "Africa: Eastern Africa" for part of a divided region. */
export const groupLabel = (group: Pick<RegionGroup, 'region' | 'part'>, text: TextI18n = i18n): string =>
  group.part === undefined ? group.region : text.t('questionPage.regionPart', { region: group.region, part: group.part });

/** What one page lists, for its link: "Americas", "Africa (Middle Africa and Western Africa) and Americas". */
export function pageRegionsLabel(groups: readonly RegionGroup[], text: TextI18n = i18n): string {
  if (groups.length === 0) return text.t('questionPage.chartsOnly');
  const byRegion = Map.groupBy(groups, (g) => g.region);
  return text.list(
    [...byRegion].map(([region, parts]) => {
      const named = parts.flatMap((g) => (g.part === undefined ? [] : [g.part]));
      return named.length ? text.t('questionPage.regionWithParts', { region, parts: text.list(named) }) : region;
    }),
  );
}

/**
 * Whole region groups packed into pages of at most `budget` rows. A region larger than the budget is
 * divided at its sub-regions (then intermediate regions, see `dividedGroups`), packed the same way; a
 * part still larger than the budget has a page to itself (rows are never cut from their group). The
 * first page, which carries the charts, has its own smaller budget: when the first group does not fit
 * it, page 1 holds the charts alone and the table starts on page 2. Always at least one page.
 */
export function packRegions(groups: readonly RegionGroup[], budget: number, firstBudget = budget): RegionGroup[][] {
  const pages: RegionGroup[][] = [[]];
  let size = 0;
  for (const group of groups.flatMap((g) => dividedGroups(g, budget))) {
    const current = pages.at(-1) ?? [];
    if (size + group.rows.length <= (pages.length === 1 ? firstBudget : budget)) {
      current.push(group);
      size += group.rows.length;
    } else {
      // A group larger than the budget still gets a page of its own, whole.
      pages.push([group]);
      size = group.rows.length;
    }
  }
  return pages;
}

/**
 * Rows per page, measured on fictional builds of 1,000 and 5,000 responses: a row costs 46 to 89 bytes
 * gzip (VI.1's, with an excerpt and up to four evidence links, the heaviest), and page 1's charts, map
 * and wording 35 to 45 KB. So 1,000 rows on a page of their own, 600 beside the charts, keep every
 * page under 100 KB gzip. With 1,500 a page, VI.1's Africa page was 106 KB at 5,000 responses; now
 * Africa is divided at Northern and Sub-Saharan Africa, and the latter at its intermediate regions.
 */
export const ROWS_PER_PAGE = 1000;
export const ROWS_BESIDE_CHARTS = 600;

export interface TablePage {
  readonly page: number;
  readonly pages: number;
  readonly groups: readonly RegionGroup[];
  /** Every page with the regions it lists, for the page links. */
  readonly links: readonly { readonly page: number; readonly regions: string; readonly href: string }[];
}

/** The table pages of one question: rows of every response, whole regions per page. */
export function tablePages(
  edition: number,
  question: QuestionDef,
  responses: readonly CityResponse[],
  newest: ReadonlyMap<string, number>,
  budget = ROWS_PER_PAGE,
  firstBudget = ROWS_BESIDE_CHARTS,
): TablePage[] {
  const packed = packRegions(regionGroups(responses.map((r) => answerRow(r, question, newest.get(r.slug)))), budget, firstBudget);
  const links = packed.map((groups, i) => ({
    page: i + 1,
    regions: pageRegionsLabel(groups),
    href: questionPath(edition, question.id, i + 1),
  }));
  return packed.map((groups, i) => ({ page: i + 1, pages: packed.length, groups, links }));
}

/** "lines 194–198" / "line 194": an evidence link's words. */
export const linesLabel = (range: LineRange, text: TextI18n = i18n): string =>
  range.from === range.to
    ? text.t('questionPage.line', { line: range.from })
    : text.t('questionPage.lines', { from: range.from, to: range.to });

/** A checklist row's words: "5 Yes, 11 Not answered". */
export const tallyText = (tally: AnswerRow['tally'], text: TextI18n = i18n): string =>
  text.list(tally.map((c) => text.t('questionPage.stateCount', { count: c.count, state: closedCategoryLabel(c.state, text) })));
