import type { EditionDef } from '../../questionnaire/index.ts';
import type { Draft } from '../scaffold/draft.ts';
import { readDocument } from './assemble.ts';
import { finishDraft } from './finish.ts';
import { formTextOf } from './form-text.ts';
import { toLines } from './lines.ts';
import type { ImportReport } from './report.ts';
import type { ResponseEvidence } from '../../schemas/evidence.ts';

/*
 * A returned questionnaire (as plain lines) -> a draft response and a report.
 * Boundaries come from the form's own wording, taken from the questionnaire
 * definition, so numbering may be missing (Word's automatic lists), questions may
 * be reordered or left out, and the city's text is kept verbatim. Every line is
 * accounted for: placed in a field, recognised as the form's own text, or listed
 * as unplaced.
 *
 * The pipeline: lines (lines.ts) -> each classified where the reading stands
 * (classify.ts) -> stepped into the readings (assemble.ts, with each field kind's
 * reader from kind-importers.ts) -> the draft and the report (finish.ts).
 */

export interface ParseOptions {
  readonly edition: EditionDef;
  /** ISO code from the command line; wins over the country named in the document. */
  readonly country?: string;
}

export function parseQuestionnaire(
  text: string,
  options: ParseOptions,
): { draft: Draft; report: ImportReport; evidence: ResponseEvidence } {
  const lines = toLines(text);
  const state = readDocument(lines, formTextOf(options.edition), options.country);
  return finishDraft(state, options.edition, lines);
}
