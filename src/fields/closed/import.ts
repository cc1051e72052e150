import type { ClosedState, FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import type {
  FinishContext,
  KindImporter,
  LabelLine,
  LabelOutcome,
  LineOutcome,
  AnswerLine,
  ReadContext,
} from '../../lib/import/kind-importer.ts';
import { readPlainAnswer, readYesNoLine } from '../../lib/import/marks.ts';
import { withEntry } from '../../lib/import/readings.ts';
import type { ClosedReading, QuestionReadings } from '../../lib/import/readings.ts';

/*
 * Closed answers: a printed Yes/No line with its marks, the respondent's own
 * "Yes"/"No" where the form printed no boxes, or a checklist item's box.
 */

/** The question's own yes/no field (a closed field without sub-wording). */
export const answerField = (question: QuestionDef): FieldDef | undefined => question.fields.find((f) => f.kind === 'closed' && !f.wording);

/** The first reading of a field wins. */
function withClosed(readings: QuestionReadings, field: FieldDef, reading: ClosedReading): QuestionReadings {
  if (readings.closed.has(field.key)) return readings;
  return { ...readings, closed: withEntry(readings.closed, field.key, reading) };
}

function read(line: AnswerLine, { readings, labelled }: ReadContext): LineOutcome | null {
  const q = readings.question;
  const yesNo = readYesNoLine(line.text);
  if (yesNo) {
    const field = labelled?.kind === 'closed' ? labelled : answerField(q);
    if (!field) return { readings, done: true, unplaced: `${q.id} has no yes/no answer` };
    return { readings: withClosed(readings, field, { how: 'marked', reading: yesNo, line: line.number }), done: true };
  }
  const answer = answerField(q);
  if (!answer || readings.answered || readings.closed.has(answer.key) || labelled?.kind === 'text') return null;
  const plain = readPlainAnswer(line.text);
  if (!plain) return null;
  const reading: ClosedReading = { how: 'plain', value: plain.value, text: line.text, line: line.number };
  return { readings: { ...withClosed(readings, answer, reading), answered: true }, done: !plain.keepAsText };
}

function readLabel(label: LabelLine, { readings }: ReadContext): LabelOutcome {
  const yesNo = label.rest ? readYesNoLine(label.rest) : null;
  if (yesNo) return { readings: withClosed(readings, label.field, { how: 'marked', reading: yesNo, line: label.number }) };
  if (label.mark !== 'none' || !label.rest)
    return { readings: withClosed(readings, label.field, { how: 'item', mark: label.mark, line: label.number }) };
  return { readings, answer: label.rest };
}

type ItemReading = Extract<ClosedReading, { how: 'item' }>;

/** The question's checklist items that were read from their boxes. */
function checklistItems({ question, readings }: FinishContext): ItemReading[] {
  return question.fields.flatMap((f) => {
    const r = readings?.closed.get(f.key);
    return f.kind === 'closed' && f.wording && r?.how === 'item' ? [r] : [];
  });
}

const shortQuote = (text: string) => (text.length > 60 ? `${text.slice(0, 60).replace(/\s+\S*$/, '')}…` : text);

function finishPlain(r: Extract<ClosedReading, { how: 'plain' }>) {
  const short = r.text.length <= 4;
  return {
    value: r.value,
    basis: 'written' as const,
    comment: short ? `document shows "${r.text}"` : `stated in the respondent's text`,
    notes: [short ? `The document shows only "${r.text}".` : `The respondent's text begins "${shortQuote(r.text)}".`],
  };
}

function finishMarked(field: FieldDef, r: Extract<ClosedReading, { how: 'marked' }>) {
  const label = field.wording ? `${field.label}: ` : '';
  const illegible: ClosedState = 'not_legible_in_source';
  switch (r.reading.kind) {
    case 'answer':
      return { value: r.reading.value, basis: 'ticked' as const };
    case 'blank':
      return { value: 'not_answered', notes: [`${label}both boxes are empty in the document.`] };
    case 'conflict':
      return {
        value: illegible,
        todo: 'both Yes and No are ticked: check the original',
        notes: [`${label}both Yes and No are ticked in the document.`],
      };
    case 'unmarked':
      return {
        value: illegible,
        todo: 'the document shows "Yes No" without a mark: check the original',
        comment: 'document shows "Yes No"',
        notes: [`${label}the document shows both options ("Yes No") without a mark, so the choice cannot be read.`],
      };
  }
}

/** A checklist item: ticked = yes; unticked = no when others are ticked; no boxes at all = not legible. */
function finishItem(r: ItemReading, context: FinishContext) {
  if (r.mark === 'chosen') return { value: 'yes', basis: 'ticked' as const };
  // An empty box among ticked ones is a No read from the boxes.
  if (r.mark === 'unchosen')
    return checklistItems(context).some((i) => i.mark === 'chosen') ? { value: 'no', basis: 'ticked' as const } : { value: 'not_answered' };
  return { value: 'not_legible_in_source', todo: 'listed without a check mark: check the original' };
}

export const importer: KindImporter = {
  read,
  readLabel,
  finish(field, context) {
    const r = context.readings?.closed.get(field.key);
    if (!r)
      return {
        value: 'not_legible_in_source',
        todo: context.missing
          ? 'question not found in the document: check the original'
          : 'the document does not show the choice: check the original',
      };
    if (r.how === 'plain') return finishPlain(r);
    if (r.how === 'marked') return finishMarked(field, r);
    return finishItem(r, context);
  },
  questionNotes(context) {
    const items = checklistItems(context);
    const unmarked = items.filter((i) => i.mark === 'none').length;
    if (unmarked > 1 && !items.some((i) => i.mark !== 'none'))
      return [`The document lists ${unmarked} items without check marks, so which were checked cannot be read.`];
    return [];
  },
};
