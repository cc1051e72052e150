import type { z } from 'astro/zod';
import type { I18n, MessageKey } from '../i18n/index.ts';
import type { FieldDef, QuestionDef } from '../questionnaire/types.ts';
import type { KindImporter } from '../lib/import/kind-importer.ts';

/*
 * The contract every answer kind fulfils. One module per kind (src/fields/<kind>/index.ts) owns
 * everything about its values; the registry (src/fields/index.ts) is the only place that lists them.
 * Pure TypeScript (no Astro), so vitest, scripts and build code can all import it. The page view of
 * each kind is its View.astro, listed in src/fields/FieldView.astro.
 */

/** How a value is written in one CSV cell and read back (docs/data.md documents each format). */
export interface CellCodec<Value> {
  /** The data dictionary's "allowed values" for a column of this kind, in words from `text`'s catalogue. */
  readonly allowedValues: (field: FieldDef, text: Pick<I18n, 't'>) => string;
  /** The cell text of a present value (tokens and the ambiguity check are the caller's). */
  readonly encode: (value: Value) => string;
  /** The inverse of `encode`; throws on text this kind never writes. */
  readonly decode: (text: string) => Value;
}

/** A kind written over several CSV columns, one per part (an official's record). */
export interface CellParts<Value> {
  /** The parts that downloads carry, in column order. */
  readonly parts: readonly string[];
  readonly allowedValues: (field: FieldDef, text: Pick<I18n, 't'>) => string;
  /** The text of one part, or undefined when the part is not given. */
  readonly part: (value: Value, part: string) => string | undefined;
}

/** What the scaffolder (`npm run new-city`, `import`) writes for a field of this kind. */
export interface ScaffoldHints {
  /** Written when the draft has no value: the field is required (closed and choice: `not_answered`). */
  readonly whenMissing?: string;
  /** With placeholders, an empty value to write instead of leaving the field out (links: [], person: {}). */
  readonly emptyValue?: () => unknown;
  /** With placeholders, commented-out example lines (without `#` nor indent) for a field left out. */
  readonly example?: (field: FieldDef, edition: number) => readonly string[];
  /** With placeholders, the comment after the field's value. */
  readonly valueComment?: string;
  /** With placeholders, comment lines above the field (default: the field's wording, wrapped). */
  readonly intro?: (field: FieldDef) => readonly string[];
}

/** One CSV cell per field, or one per part of a record. */
export type CsvShape = 'cell' | 'parts';
type CsvOf<Value, Shape extends CsvShape> = Shape extends 'parts'
  ? { readonly parts: CellParts<Value> }
  : { readonly cell: CellCodec<Value> };

export interface FieldKindModule<Kind extends string, Value, Shape extends CsvShape = CsvShape> {
  readonly kind: Kind;
  /** Whether a content file must state the field (closed and choice: `not_answered` when blank); others may leave it out. */
  readonly required: boolean;
  /** The field's schema in a content file (the registry makes it optional unless required), described for the generated JSON Schema (`npm run schema`). */
  readonly schema: (field: FieldDef, question: QuestionDef) => z.ZodType;
  /** A validated stored value as the site uses it (normalised, e.g. bare URLs -> `{ url }`); throws on anything else. */
  readonly read: (stored: unknown) => Value;
  /** True when the value says nothing (an empty list, a record without parts). */
  readonly isEmpty: (value: Value) => boolean;
  /** The value as plain text, one line per item, for plain-text uses (the respondent status in a profile's header). */
  readonly text: (value: Value, field: FieldDef) => string;
  /** For kinds whose values form a closed set (closed states, choice options): the value as a category, for tallies and charts. */
  readonly category?: (value: Value) => string;
  /** Whether a profile shows the field even when absent ("No percentage given" rather than nothing). */
  readonly alwaysShown: boolean;
  /** The words for an absent value (profile and compare). */
  readonly absentKey: MessageKey;
  /** Whether downloads write the value in one CSV cell or one column per part (the type of `csv` follows). */
  readonly csvShape: Shape;
  /** One CSV cell, or one cell per part. */
  readonly csv: CsvOf<Value, Shape>;
  /** The value in the JSON downloads: the content file's shape. */
  readonly toJson: (value: Value) => unknown;
  /** The value without what downloads and search must never carry (officials' e-mail and phone). */
  readonly publicValue?: (value: Value) => Value;
  /** The value without one withheld part (`I.3.cio.phone`); kinds without parts have none. */
  readonly withoutPart?: (value: Value, part: string) => Value;
  readonly scaffold: ScaffoldHints;
  /** How the importer reads this kind from a returned questionnaire (./<kind>/import.ts). */
  readonly importer: KindImporter;
}

/** A present value, tagged with its kind so that code switching on `kind` gets the value's type. */
export interface TaggedValue<Kind extends string, Value> {
  readonly kind: Kind;
  readonly value: Value;
}

export interface DefinedFieldKind<Kind extends string, Value, Shape extends CsvShape = CsvShape> extends FieldKindModule<
  Kind,
  Value,
  Shape
> {
  /** A stored value read and tagged; undefined when it says nothing. */
  readonly answer: (stored: unknown) => TaggedValue<Kind, Value> | undefined;
}

/** A kind's module with its tagging function, which only generic code can write without a cast. Keeps the CSV shape's type (one cell or parts). */
export function defineFieldKind<Kind extends string, Value, Shape extends CsvShape>(
  module: FieldKindModule<Kind, Value, Shape>,
): DefinedFieldKind<Kind, Value, Shape> {
  return {
    ...module,
    answer: (stored) => {
      if (stored === undefined) return undefined;
      const value = module.read(stored);
      return module.isEmpty(value) ? undefined : { kind: module.kind, value };
    },
  };
}

/** `III.2 Sendai Framework`: how descriptions name a field. */
export const fieldWhere = (field: FieldDef, question: QuestionDef) => `${question.id} ${field.label}`;
