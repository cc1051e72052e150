import { getEdition } from '../../../../src/questionnaire/index.ts';
import { validateResponseText } from '../../../../src/lib/validate/index.ts';
import type { Problem } from '../../../../src/lib/validate/index.ts';
import { importQuestionnaire } from '../../../../src/lib/import/index.ts';
import type { ImportResult } from '../../../../src/lib/import/index.ts';

export const OUT = 'content/responses/2022/draft.yaml';

export async function importText(text: string, options: { country?: string; fileName?: string } = {}): Promise<ImportResult> {
  return importQuestionnaire(
    { fileName: options.fileName ?? 'returned.txt', content: new TextEncoder().encode(text) },
    { out: OUT, ...(options.country ? { country: options.country } : {}) },
  );
}

/** Validation problems of a draft that are NOT on a field the importer flagged TODO. */
export function problemsOutsideTodos(result: ImportResult): Problem[] {
  const { problems } = validateResponseText(result.yaml, OUT, { edition: result.draft.edition });
  const todoPaths = Object.keys(result.report.todos);
  return problems.filter((p) => !todoPaths.some((t) => p.field === t || p.field.startsWith(`${t}.`)));
}

/** The draft's data once a human has filled the TODO coordinates and submission date. */
export function draftData(result: ImportResult): Record<string, unknown> {
  const filled = result.yaml
    .replace('{ lat: null, lon: null }', '{ lat: 0, lon: 0 }')
    .replace(/^submitted: null\b/m, 'submitted: 2023-01-01');
  const { data, problems } = validateResponseText(filled, OUT, { edition: result.draft.edition });
  if (!data)
    throw new Error(
      `draft did not validate once coordinates and date were filled:\n${problems.map((p) => `${p.field} ${p.message}`).join('\n')}`,
    );
  return data as unknown as Record<string, unknown>;
}

export const answersOf = (data: Record<string, unknown>) => data['answers'] as Record<string, Record<string, unknown>>;
export const questions = () => getEdition(2022).questions;
