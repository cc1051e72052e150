import type { KindImporter } from '../../lib/import/kind-importer.ts';
import type { Mark } from '../../lib/import/marks.ts';
import { withEntry } from '../../lib/import/readings.ts';
import { addText } from '../text/import.ts';

/* One of the question's options, read from the boxes printed beside them; "Other:" may carry the respondent's words. */

/** The chosen option, or the state a human must resolve. */
export function readChoice(marks: ReadonlyMap<string, Mark>): { value: string; problem?: 'several' | 'unmarked' | 'absent' } {
  const entries = [...marks.entries()];
  const chosen = entries.filter(([, m]) => m === 'chosen').map(([v]) => v);
  if (chosen.length === 1 && chosen[0]) return { value: chosen[0] };
  if (chosen.length > 1) return { value: 'not_legible_in_source', problem: 'several' };
  if (entries.length && entries.every(([, m]) => m === 'unchosen')) return { value: 'not_answered' };
  return { value: 'not_legible_in_source', problem: entries.length ? 'unmarked' : 'absent' };
}

export const importer: KindImporter = {
  readLabel(label, { readings }) {
    if (!label.option) return { readings, answer: label.rest };
    const marked = { ...readings, options: withEntry(readings.options, label.option, label.mark) };
    if (!label.rest) return { readings: marked };
    const other = readings.question.fields.find((f) => f.kind === 'text' && f.key.endsWith('_other'));
    if (label.option === 'other' && other) return { readings: addText(marked, other, label, label.rest) };
    return { readings: marked, unplaced: { text: label.rest, reason: `${readings.question.id}: text after an option` } };
  },
  finish(field, { readings }) {
    const marks = readings?.options ?? new Map<string, Mark>();
    const { value, problem } = readChoice(marks);
    const options = field.label.toLowerCase();
    if (problem === 'several') {
      const chosen = [...marks].filter(([, m]) => m === 'chosen').map(([v]) => v);
      return {
        value,
        todo: `several options ticked (${chosen.join(', ')}): check the original`,
        notes: [`Several ${options} options are ticked in the document.`],
      };
    }
    if (problem === 'unmarked')
      return {
        value,
        todo: 'the options are listed without a mark: check the original',
        notes: [`The document lists the ${options} options without a mark, so the choice cannot be read.`],
      };
    if (problem === 'absent') return { value, todo: 'the options are not in the document: check the original' };
    return { value };
  },
};
