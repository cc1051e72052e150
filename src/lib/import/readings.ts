import type { QuestionDef } from '../../questionnaire/index.ts';
import type { Account } from '../../fields/accounts/index.ts';
import type { Person } from '../../fields/person/index.ts';
import type { DraftLink } from '../scaffold/draft.ts';
import type { Mark, YesNoReading } from './marks.ts';

/*
 * What has been read for one question so far. Each field kind reads and writes
 * its own slot (see src/fields/<kind>/import.ts); values are replaced, never mutated.
 */

export type ClosedReading =
  | { readonly how: 'marked'; readonly reading: YesNoReading; readonly line: number }
  | { readonly how: 'plain'; readonly value: 'yes' | 'no'; readonly text: string; readonly line: number }
  | { readonly how: 'item'; readonly mark: Mark; readonly line: number };

export type { Account, Person };

export interface QuestionReadings {
  readonly question: QuestionDef;
  /** The question's wording was printed in the document (not only inferred from a section heading). */
  readonly found: boolean;
  /** Any answer content seen yet (for "the first line is Yes/No"). */
  readonly answered: boolean;
  /** Field key and source line of the last text line, to keep paragraphs together. */
  readonly lastText: { readonly key: string; readonly line: number } | null;
  /** By field key. */
  readonly closed: ReadonlyMap<string, ClosedReading>;
  /** By option value (of the question's choice field). */
  readonly options: ReadonlyMap<string, Mark>;
  /** Paragraphs by field key, in the order the fields were first written. */
  readonly texts: ReadonlyMap<string, readonly string[]>;
  readonly links: ReadonlyMap<string, readonly DraftLink[]>;
  readonly accounts: readonly Account[];
  /** Person parts (name, title, …) by field key. */
  readonly person: ReadonlyMap<string, Person>;
  /** Source line numbers each field was read from, by field key, ascending: the draft's evidence. */
  readonly lines: ReadonlyMap<string, readonly number[]>;
}

export function emptyReadings(question: QuestionDef): QuestionReadings {
  return {
    question,
    found: false,
    answered: false,
    lastText: null,
    closed: new Map(),
    options: new Map(),
    texts: new Map(),
    links: new Map(),
    accounts: [],
    person: new Map(),
    lines: new Map(),
  };
}

/** Keys of a map whose entries differ between two readings. */
function changedKeys<V>(before: ReadonlyMap<string, V>, after: ReadonlyMap<string, V>): string[] {
  if (before === after) return [];
  return [...after.keys()].filter((k) => before.get(k) !== after.get(k));
}

/** The fields whose slots a step changed (what a line was read into), by field key. */
export function changedFields(before: QuestionReadings, after: QuestionReadings): string[] {
  const q = after.question;
  const keyOf = (kind: string) => q.fields.filter((f) => f.kind === kind).map((f) => f.key);
  const keys = [
    ...changedKeys(before.closed, after.closed),
    ...(changedKeys(before.options, after.options).length ? keyOf('choice') : []),
    ...changedKeys(before.texts, after.texts),
    ...changedKeys(before.links, after.links),
    ...(after.accounts.some((a, i) => before.accounts[i] !== a) ? keyOf('accounts') : []),
    ...changedKeys(before.person, after.person),
  ];
  return [...new Set(keys)];
}

/** The readings with `line` recorded as a source line of each of `keys`. */
export function withLine(readings: QuestionReadings, keys: readonly string[], line: number): QuestionReadings {
  if (!keys.length) return readings;
  let lines = readings.lines;
  for (const key of keys) {
    const seen = lines.get(key) ?? [];
    if (!seen.includes(line))
      lines = withEntry(
        lines,
        key,
        [...seen, line].sort((a, b) => a - b),
      );
  }
  return { ...readings, lines };
}

/** Anything of the question was read: its wording, an answer, a mark. */
export const anythingRead = (readings: QuestionReadings | undefined): boolean =>
  Boolean(readings && (readings.found || readings.answered || readings.closed.size || readings.options.size));

/** A copy of `map` with `key` set: the readings stay immutable. */
export function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
  return new Map(map).set(key, value);
}
