import type { FieldDef, QuestionDef } from '../questionnaire/types.ts';
import { accountsKind } from './accounts/index.ts';
import { choiceKind } from './choice/index.ts';
import { closedKind } from './closed/index.ts';
import { figuresKind } from './figures/index.ts';
import { linksKind } from './links/index.ts';
import { percentKind } from './percent/index.ts';
import { personKind } from './person/index.ts';
import { textKind } from './text/index.ts';
import type { DefinedFieldKind } from './types.ts';

export type { FieldKindModule } from './types.ts';

/*
 * The registry of answer kinds: the one list of them. Adding a kind is one module in src/fields/<kind>/
 * registered here (and its View.astro in FieldView.astro). Everything else (schema, pages, downloads,
 * scaffold) reaches the kind through the functions below, which are generic over the kind so that
 * TypeScript checks each value against its own kind's functions, without casts.
 */

const MODULES = {
  closed: closedKind,
  choice: choiceKind,
  text: textKind,
  links: linksKind,
  percent: percentKind,
  figures: figuresKind,
  person: personKind,
  accounts: accountsKind,
};

/** The kinds of answer field; `FieldKind` in the questionnaire types is this. */
export type FieldKindName = keyof typeof MODULES;

/** The value of a present field of kind `K`, as pages, charts and downloads see it. */
export type ValueOf<K extends FieldKindName> = (typeof MODULES)[K] extends DefinedFieldKind<K, infer V> ? V : never;
type ValueMap = { [K in FieldKindName]: ValueOf<K> };

/** The kinds written in one CSV cell (a kind with parts, the official's record, gets one column per part). */
export type CellKind = { [K in FieldKindName]: (typeof MODULES)[K]['csvShape'] extends 'cell' ? K : never }[FieldKindName];

export const FIELD_KINDS: { readonly [K in FieldKindName]: DefinedFieldKind<K, ValueMap[K]> } = MODULES;
export const FIELD_KIND_NAMES = Object.keys(MODULES) as readonly FieldKindName[];

/** A present, non-empty answer value tagged with its kind: `switch (answer.kind)` narrows `answer.value`. */
export type FieldAnswer<K extends FieldKindName = FieldKindName> = {
  [P in K]: { readonly kind: P; readonly value: ValueMap[P] };
}[K];

export const isCellKind = (kind: FieldKindName): kind is CellKind => FIELD_KINDS[kind].csvShape === 'cell';

/** The field's schema in a content file: optional unless the kind is required. */
export function fieldSchema(field: FieldDef, question: QuestionDef) {
  const kind = FIELD_KINDS[field.kind];
  const schema = kind.schema(field, question);
  return kind.required ? schema : schema.optional();
}

/** A validated stored value as a tagged answer; undefined when absent or empty. */
export function readAnswer(field: FieldDef, stored: unknown): FieldAnswer | undefined {
  return FIELD_KINDS[field.kind].answer(stored);
}

export function answerText<K extends FieldKindName>(answer: FieldAnswer<K>, field: FieldDef): string {
  return FIELD_KINDS[answer.kind].text(answer.value, field);
}

/** The answer in the JSON downloads' shape. */
export function answerJson<K extends FieldKindName>(answer: FieldAnswer<K>): unknown {
  return FIELD_KINDS[answer.kind].toJson(answer.value);
}

/** The answer without private parts (officials' e-mail and phone); undefined when nothing is left. */
export function publicAnswer<K extends FieldKindName>(answer: FieldAnswer<K>): FieldAnswer<K> | undefined {
  const kind = FIELD_KINDS[answer.kind];
  return kind.publicValue ? kind.answer(kind.publicValue(answer.value)) : answer;
}

/** The answer without one withheld part (`I.3.cio.phone` -> `phone`); undefined when nothing is left. */
export function answerWithoutPart<K extends FieldKindName>(answer: FieldAnswer<K>, part: string): FieldAnswer<K> | undefined {
  const kind = FIELD_KINDS[answer.kind];
  return kind.withoutPart ? kind.answer(kind.withoutPart(answer.value, part)) : answer;
}

/** The answer as a chart category (`yes`, `not_answered`, an option value); undefined for kinds without categories. */
export function answerCategory<K extends FieldKindName>(answer: FieldAnswer<K>): string | undefined {
  return FIELD_KINDS[answer.kind].category?.(answer.value);
}
