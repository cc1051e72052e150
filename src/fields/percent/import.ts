import type { KindImporter } from '../../lib/import/kind-importer.ts';

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

export const importer: KindImporter = {
  finish(_field, { readings }) {
    const values = percentagesIn([...(readings?.texts.values() ?? [])].flat().join('\n'));
    if (values.length === 1) return { value: values[0], comment: 'from the text' };
    if (values.length > 1)
      return { todo: `several percentages in the text (${values.join(', ')}): choose the one the question asks for, or leave out` };
    return readings ? { notGiven: true } : {};
  },
};
