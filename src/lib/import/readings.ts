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
  };
}

/** Anything of the question was read: its wording, an answer, a mark. */
export const anythingRead = (readings: QuestionReadings | undefined): boolean =>
  Boolean(readings && (readings.found || readings.answered || readings.closed.size || readings.options.size));

/** A copy of `map` with `key` set: the readings stay immutable. */
export function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
  return new Map(map).set(key, value);
}
