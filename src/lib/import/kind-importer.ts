import type { FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import type { ClosedBasis } from '../../schemas/evidence.ts';
import type { Mark } from './marks.ts';
import type { QuestionReadings } from './readings.ts';
import type { UrlLine } from './url-line.ts';

/*
 * How one field kind reads a returned form: answer lines and its own labels into
 * the question's readings, then the readings into the draft value. The importer
 * reaches every kind through kind-importers.ts.
 */

/** One line of answer text, in the question it belongs to. */
export interface AnswerLine {
  readonly number: number;
  /** Trimmed, never empty. */
  readonly text: string;
  readonly startsParagraph: boolean;
  /** Footnotes or page furniture were removed since the previous answer line: a paragraph may continue. */
  readonly afterInterruption: boolean;
  readonly urls: UrlLine | null;
}

export interface ReadContext {
  readonly readings: QuestionReadings;
  /** The field whose label was seen last in this question, if any. */
  readonly labelled: FieldDef | null;
}

export interface LineOutcome {
  readonly readings: QuestionReadings;
  /** False when later kinds should still read the line (a "Yes, …" that is also text). */
  readonly done: boolean;
  /** The line is the form's own text (a label printed without a value). */
  readonly formText?: boolean;
  /** Why the line could not be placed, when it is this kind's but has no home. */
  readonly unplaced?: string;
}

/** A line that starts with one of the field's own labels (a checklist item, an option, a sub-question). */
export interface LabelLine {
  readonly number: number;
  readonly startsParagraph: boolean;
  readonly field: FieldDef;
  /** The option whose label it is, for a choice field. */
  readonly option?: string;
  readonly mark: Mark;
  /** What follows the label on the line, leading punctuation removed (may be empty). */
  readonly rest: string;
}

export interface LabelOutcome {
  readonly readings: QuestionReadings;
  /** Text after the label to read as an answer line. */
  readonly answer?: string;
  readonly unplaced?: { readonly text: string; readonly reason: string };
}

export interface FinishContext {
  readonly question: QuestionDef;
  /** Undefined when nothing of the question was seen. */
  readonly readings: QuestionReadings | undefined;
  /** The question's wording and answers are absent from the document. */
  readonly missing: boolean;
  /** A source line's text (Markdown removed), for quoting the respondent. */
  readonly lineText?: (line: number) => string | undefined;
}

/** One field of the draft, and what a human must know about it. */
export interface FieldResult {
  readonly value?: unknown;
  readonly todo?: string;
  /** A short comment on how the value was read (not a TODO). */
  readonly comment?: string;
  /** Sentences for the question's transcriber note. */
  readonly notes?: readonly string[];
  readonly urls?: readonly string[];
  /** A number field the text gives no number for. */
  readonly notGiven?: boolean;
  /** How a yes/no was read: a marked box, or the respondent's written Yes/No. */
  readonly basis?: ClosedBasis;
  /** The respondent's words a percentage was read from. */
  readonly quote?: string;
  /** The source lines of the value, when not every line the question's readings recorded for the field. */
  readonly lines?: readonly number[];
}

export interface KindImporter {
  /** Read an answer line; null when the line is not this kind's. */
  readonly read?: (line: AnswerLine, context: ReadContext) => LineOutcome | null;
  /** Read a line that starts with the field's label; without it, the text after the label is read as an answer. */
  readonly readLabel?: (label: LabelLine, context: ReadContext) => LabelOutcome;
  readonly finish: (field: FieldDef, context: FinishContext) => FieldResult;
  /** Note sentences about the question as a whole, after its fields' own. */
  readonly questionNotes?: (context: FinishContext) => readonly string[];
}
