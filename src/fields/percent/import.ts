import type { FinishContext, KindImporter } from '../../lib/import/kind-importer.ts';

/* A percentage: taken from the question's text only when the text quotes exactly one. */

/** Percentages quoted in a text ("93.3%", "85,13 %", "12 per cent"), as numbers. */
export function percentagesIn(text: string): number[] {
  const values = new Set<number>();
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|per ?cent\b)/gi)) {
    const v = Number((m[1] ?? '').replace(',', '.'));
    if (Number.isFinite(v) && v >= 0 && v <= 100) values.add(v);
  }
  return [...values];
}

/** The sentence of `text` that quotes `value` as a percentage. */
export function sentenceWith(text: string, value: number): string | undefined {
  return text.split(/(?<=[.!?;])\s+(?=[\p{Lu}\p{N}"'«“(])/u).find((s) => percentagesIn(s).includes(value));
}

/** The line of the question's text that quotes the percentage, and the sentence quoting it. */
function quoteOf(context: FinishContext, value: number): { lines: number[]; quote: string } | undefined {
  const { question, readings, lineText } = context;
  if (!readings || !lineText) return undefined;
  for (const field of question.fields.filter((f) => f.kind === 'text'))
    for (const line of readings.lines.get(field.key) ?? []) {
      const quote = sentenceWith(lineText(line) ?? '', value);
      if (quote) return { lines: [line], quote };
    }
  return undefined;
}

export const importer: KindImporter = {
  finish(_field, context) {
    const { readings } = context;
    const values = percentagesIn([...(readings?.texts.values() ?? [])].flat().join('\n'));
    const [value] = values;
    if (values.length === 1 && value !== undefined) return { value, comment: 'from the text', ...quoteOf(context, value) };
    if (values.length > 1)
      return { todo: `several percentages in the text (${values.join(', ')}): choose the one the question asks for, or leave out` };
    return readings ? { notGiven: true } : {};
  },
};
