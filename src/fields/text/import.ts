import type { FieldDef } from '../../questionnaire/index.ts';
import type { KindImporter } from '../../lib/import/kind-importer.ts';
import { withEntry } from '../../lib/import/readings.ts';
import type { QuestionReadings } from '../../lib/import/readings.ts';

/*
 * Free text, kept verbatim: consecutive lines stay one paragraph, a blank line
 * starts a new one, and a paragraph cut by a footnote or page break is re-joined.
 */

const TERMINAL = /[.!?:;"'»”)\]]$/;
const HYPHENATED = /\p{L}-$/u;

export interface TextLine {
  readonly number: number;
  readonly startsParagraph: boolean;
}

/** The paragraphs with `text` added: to the last paragraph, or as a new one. */
export function appendParagraph(
  paragraphs: readonly string[],
  text: string,
  how: { readonly sameBlock: boolean; readonly rejoinable: boolean },
): string[] {
  const last = paragraphs.at(-1);
  const head = paragraphs.slice(0, -1);
  // Re-join a sentence cut by an interruption only when it visibly continues.
  if (last !== undefined && how.rejoinable && !TERMINAL.test(last) && (/^\p{Ll}/u.test(text) || HYPHENATED.test(last)))
    return [...head, HYPHENATED.test(last) ? `${last}${text}` : `${last} ${text}`];
  if (last !== undefined && how.sameBlock) return [...head, `${last}\n${text}`];
  return [...paragraphs, text];
}

/** The readings with `text` added to `field`. */
export function addText(
  readings: QuestionReadings,
  field: FieldDef,
  line: TextLine,
  text: string,
  afterInterruption = false,
): QuestionReadings {
  const followsOn = readings.lastText?.key === field.key;
  const paragraphs = appendParagraph(readings.texts.get(field.key) ?? [], text, {
    sameBlock: !line.startsParagraph && followsOn && readings.lastText?.line === line.number - 1,
    rejoinable: afterInterruption && followsOn,
  });
  return { ...readings, texts: withEntry(readings.texts, field.key, paragraphs), lastText: { key: field.key, line: line.number } };
}

export const importer: KindImporter = {
  read(line, { readings, labelled }) {
    const field = labelled?.kind === 'text' ? labelled : readings.question.fields.find((f) => f.kind === 'text' && f.key === 'explanation');
    if (!field) return null;
    return { readings: { ...addText(readings, field, line, line.text, line.afterInterruption), answered: true }, done: true };
  },
  finish(field, { readings }) {
    const paragraphs = readings?.texts.get(field.key);
    return paragraphs?.length ? { value: paragraphs.join('\n\n') } : {};
  },
};
