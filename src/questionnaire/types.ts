import type { EnglishCatalogue } from '../i18n/en.ts';
import { i18n } from '../i18n/index.ts';
import type { TextI18n } from '../i18n/index.ts';

/**
 * The shape of a questionnaire edition. Everything that knows about questions
 * (schema, pages, downloads, search, importer) reads these plain objects.
 */

import type { FieldKindName } from '../fields/index.ts';

/** The four states of a closed (yes/no style) answer. Never a bare boolean. */
export const CLOSED_STATES = ['yes', 'no', 'not_answered', 'not_legible_in_source'] as const;
export type ClosedState = (typeof CLOSED_STATES)[number];

export const isClosedState = (v: unknown): v is ClosedState => (CLOSED_STATES as readonly unknown[]).includes(v);

/** A closed state's name ("Not answered"): interface text, from the catalogue. */
export function closedStateLabel(state: ClosedState, text: TextI18n = i18n): string {
  // The two states that say why there is no yes/no share their words with the missing reasons.
  return state === 'yes' || state === 'no' ? text.t(`questions.states.label.${state}`) : text.t(`fields.missing.${state}`);
}

/** What a closed state means ("The city left this question blank."). */
export function closedStateExplanation(state: ClosedState, text: TextI18n = i18n): string {
  return text.t(`questions.states.explanation.${state}`);
}

/**
 * Kinds of answer field: the keys of the field-kind registry (src/fields/index.ts), where each kind's
 * module says what its values are, how they validate, render and download.
 */
export type FieldKind = FieldKindName;

export interface FieldDef {
  /** YAML key and the last part of the column name, e.g. `sendai` in `III.2.sendai`. */
  readonly key: string;
  readonly kind: FieldKind;
  /** Short label shown beside the value and in the data dictionary. */
  readonly label: string;
  /** The form's own wording for this part, where it has one (checklist items, sub-questions). */
  readonly wording?: string;
  /** For `choice`: allowed values with their labels, in the form's order. */
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** Unit of a number, for downloads and the data dictionary. */
  readonly unit?: string;
  /** True where the form marks the item "(New)" in this edition. */
  readonly newInEdition?: boolean;
  /** Ids of definitions (footnotes) that apply to this part. */
  readonly definitions?: readonly string[];
}

export interface QuestionDef {
  /** Stable id: section numeral + number, e.g. `III.2`. Also the YAML key. */
  readonly id: string;
  readonly section: string;
  readonly number: number;
  /** The form's wording, verbatim (footnote markers removed). */
  readonly wording: string;
  /** Short title for tables of contents, charts and column headers. */
  readonly shortTitle: string;
  readonly fields: readonly FieldDef[];
  /** Ids of definitions (footnotes) attached to terms in the wording. */
  readonly definitions?: readonly string[];
  /** The form prints no question here, only the section's heading (then `wording` is that heading, shown as such). */
  readonly sectionHeadingOnly?: true;
  /** The question in other editions: edition -> question id, or null where it has none. */
  readonly counterparts?: Readonly<Record<string, string | null>>;
  /** How this question relates to earlier editions. */
  readonly comparability?: Comparability;
  /** A checklist of the form: the closed fields ticked item by item (charted city by item, counted as an indicator). */
  readonly checklist?: ChecklistDef;
}

export const COMPARABILITIES = ['comparable', 'changed', 'new'] as const;
export type Comparability = (typeof COMPARABILITIES)[number];

export interface ChecklistDef {
  /** Short, stable name, used in chart ids (`<id>-heatmap`). */
  readonly id: string;
  /** What the knowledgebase calls the checklist in chart titles. */
  readonly title: string;
  /** Keys of the question's closed fields that are items, in the form's order. */
  readonly items: readonly string[];
}

/** One field of one question, e.g. `{ questionId: 'I.2', field: 'e_services' }`. */
export interface FieldRef {
  readonly questionId: string;
  readonly field: string;
}

/**
 * A headline indicator as an edition reads it: which question it comes from and how it is computed
 * (src/lib/indicators interprets these). Labels and descriptions are interface text (i18n `indicators`).
 */
export type IndicatorSource = {
  readonly id: IndicatorId;
  /** The question the value comes from, linked from charts and tables. */
  readonly questionId: string;
  /** A percentage, or what is counted (its words are interface text, i18n `indicators.units`). */
  readonly unit: '%' | IndicatorUnit;
} & (
  | { readonly compute: 'percent'; readonly field: string }
  /** Number of the question's checklist items ticked yes; only a value when every item's state is known. */
  | { readonly compute: 'checklistTicked' }
  /** Distinct URLs across several links fields. */
  | { readonly compute: 'distinctLinks'; readonly fields: readonly FieldRef[] }
  /** Number of entries of a list field (e.g. social media accounts). */
  | { readonly compute: 'entries'; readonly field: string }
);

export type IndicatorId = keyof EnglishCatalogue['indicators']['byId'];
export type IndicatorUnit = keyof EnglishCatalogue['indicators']['units'];

/** The question where the respondent says who they are and on what basis they answered. */
export interface ContactDef {
  readonly questionId: string;
  /** The `person` field of the respondent. */
  readonly person: string;
  /** The `choice` field of the respondent's status. */
  readonly status: string;
}

export interface SectionDef {
  /** Roman numeral, e.g. `III`. */
  readonly id: string;
  readonly title: string;
}

interface DefinitionBase {
  readonly id: string;
  /** Other spellings of the term to find in the wording and answers. */
  readonly aliases: readonly string[];
  /** The footnote's text, verbatim. */
  readonly text: string;
  /** The footnote number in the form. */
  readonly footnote: number;
}

/**
 * A footnote of the form. Where the footnote names its term (in bold, as "**CIO** or a similar…"),
 * `term` is that term; where it names none, the site may give it a `siteHeading`, always shown as the
 * site's (see `definitionHeading`), never as the form's.
 */
export type DefinitionDef = DefinitionBase &
  ({ readonly term: string; readonly siteHeading?: never } | { readonly siteHeading: string; readonly term?: never });

/** A footnote's heading: the form's term, or the site's heading marked "(heading added by this site)". */
export function definitionHeading(definition: DefinitionDef, text: TextI18n = i18n): string {
  return definition.term ?? text.t('questions.definitions.siteHeading', { heading: definition.siteHeading });
}

export interface EditionDef {
  /** Survey edition, e.g. 2022. Content lives in `content/responses/<edition>/`. */
  readonly edition: number;
  readonly title: string;
  readonly introduction: string;
  readonly sections: readonly SectionDef[];
  readonly questions: readonly QuestionDef[];
  readonly definitions: readonly DefinitionDef[];
  /** Lines of the form itself that are not answers (page headers, thanks) — used by the importer. */
  readonly boilerplate: readonly string[];
  /** The headline indicators this edition's answers give, and how each is read. */
  readonly indicators: readonly IndicatorSource[];
  readonly contact?: ContactDef;
  /** True for made-up editions (test fixtures): never the UN's wording. */
  readonly fictional?: boolean;
}
