import { EDITION_LIST } from './editions.ts';
import type { Comparability, EditionDef, QuestionDef } from './types.ts';

/** How a question stands to another edition: comparable or changed there, or absent ('new' against an older edition, 'dropped' by a newer one). */
export type CounterpartStatus = Comparability | 'dropped';

/*
 * The cross-edition mapping: which question of one edition is which of another. Mappings are written
 * once, in the newer edition's module (`counterparts`, `comparability`), and read both ways here.
 */

type Registry = Readonly<Record<number, EditionDef>>;
const REGISTRY: Registry = Object.fromEntries(EDITION_LIST.map((e) => [e.edition, e]));

/**
 * The counterpart of a question in another edition: a question id, `null` where
 * the other edition has no such question, `undefined` where no mapping is recorded.
 */
export function counterpartOf(edition: number, id: string, otherEdition: number, editions: Registry = REGISTRY): string | null | undefined {
  if (edition === otherEdition) return id;
  const q = editions[edition]?.questions.find((x) => x.id === id);
  const direct = q?.counterparts?.[String(otherEdition)];
  if (direct !== undefined) return direct;
  const other = editions[otherEdition];
  const back = other?.questions.find((o) => o.counterparts?.[String(edition)] === id);
  return back ? back.id : undefined;
}

/** How a pair of questions compares: as the newer one of the two records it ('comparable' where it says nothing). */
function pairComparability(newer: QuestionDef | undefined): Comparability {
  return newer?.comparability === 'changed' ? 'changed' : 'comparable';
}

export interface Counterpart {
  readonly edition: number;
  /** The question in that edition; `null` where it has none (or no mapping is recorded). */
  readonly question: QuestionDef | null;
  readonly comparability: CounterpartStatus;
}

/** A question's counterpart in every other edition, oldest first. */
export function counterparts(edition: number, id: string, editions: Registry = REGISTRY): Counterpart[] {
  const own = editions[edition]?.questions.find((q) => q.id === id);
  return Object.values(editions)
    .filter((other) => other.edition !== edition)
    .sort((a, b) => a.edition - b.edition)
    .map((other) => {
      const otherId = counterpartOf(edition, id, other.edition, editions);
      const question = (otherId && other.questions.find((q) => q.id === otherId)) || null;
      if (!question) return { edition: other.edition, question: null, comparability: other.edition < edition ? 'new' : 'dropped' };
      return { edition: other.edition, question, comparability: pairComparability(other.edition > edition ? question : own) };
    });
}

export interface ComparisonRow {
  /** The question as the newest of the compared editions asks it: the row's wording and fields. */
  readonly question: QuestionDef;
  /** The same question in each compared edition, `null` where that edition did not ask it. */
  readonly inEdition: Readonly<Record<number, QuestionDef | null>>;
}

/**
 * The rows of a side-by-side comparison of responses to `editions`: the newest edition's questions in
 * its order, each lined up with its counterpart (not its id) in the other editions.
 */
export function comparisonRows(editions: readonly number[], registry: Registry = REGISTRY): ComparisonRow[] {
  const newest = registry[Math.max(...editions)];
  if (!newest) return [];
  return newest.questions.map((question) => ({
    question,
    inEdition: Object.fromEntries(
      editions.map((e) => {
        const id = counterpartOf(newest.edition, question.id, e, registry);
        return [e, (id && registry[e]?.questions.find((q) => q.id === id)) || null];
      }),
    ),
  }));
}
