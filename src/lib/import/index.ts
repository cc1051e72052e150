import { basename, extname } from 'node:path';
import { EDITION_YEARS, getEdition } from '../../questionnaire/index.ts';
import { renderDraft } from '../scaffold/draft.ts';
import type { Draft } from '../scaffold/draft.ts';
import { docxToText } from './docx.ts';
import { parseQuestionnaire } from './parse.ts';
import type { ImportReport } from './report.ts';
import type { ResponseEvidence } from '../../schemas/evidence.ts';
import { renderEvidence } from './evidence.ts';

export { parseQuestionnaire } from './parse.ts';
export { parseDate } from './submitted.ts';
export { percentagesIn } from '../../fields/percent/import.ts';
export type { ImportReport, UnplacedLine, PlacedUrl, StrippedLine } from './report.ts';
export { docxToText, htmlToText } from './docx.ts';

export interface ImportInput {
  /** The returned document's file name (its extension picks the reader: .txt/.md or .docx). */
  readonly fileName: string;
  readonly content: Uint8Array;
}

export interface ImportOptions {
  /** Survey edition; by default read from the form ("(LGQ) 2022"), else the latest known. */
  readonly edition?: number;
  /** ISO 3166-1 alpha-2 code; by default from the country named at the top of the form. */
  readonly country?: string;
  readonly coordinates?: { readonly lat: number; readonly lon: number };
  /** Where the draft will be written (for the `$schema` path). */
  readonly out: string;
}

export interface ImportResult {
  readonly draft: Draft;
  readonly report: ImportReport;
  /** The draft content file, its `evidence` block last. */
  readonly yaml: string;
  /** Where each value was read in the document: the draft's evidence block. */
  readonly evidence: ResponseEvidence;
  /** The document as plain text, as parsed (the .docx conversion, or the text itself). */
  readonly text: string;
  /** Messages from the .docx conversion (content it could not read). */
  readonly conversionMessages: readonly string[];
}

/** The edition a form belongs to: "(LGQ) 2022", "Survey 2022" or "LGQ 2022" in its text. */
export function detectEdition(text: string): number | undefined {
  for (const m of text.matchAll(/\b(?:LGQ\)?|Survey(?: of)?)\s*(\d{4})\b/gi)) {
    const year = Number(m[1]);
    if (EDITION_YEARS.includes(year)) return year;
  }
  return undefined;
}

export async function importQuestionnaire(input: ImportInput, options: ImportOptions): Promise<ImportResult> {
  const ext = extname(input.fileName).toLowerCase();
  let text: string;
  let conversionMessages: readonly string[] = [];
  if (ext === '.docx') {
    const converted = await docxToText(input.content);
    text = converted.text;
    conversionMessages = converted.messages;
  } else if (ext === '.txt' || ext === '.md' || ext === '.text' || ext === '') {
    text = new TextDecoder('utf-8').decode(input.content);
  } else {
    throw new Error(`cannot read ${ext} files: give a text export (.txt) or the Word document (.docx)`);
  }
  const edition = options.edition ?? detectEdition(text) ?? EDITION_YEARS.at(-1) ?? 2022;
  const def = getEdition(edition);
  const {
    draft: parsed,
    report,
    evidence,
  } = parseQuestionnaire(text, { edition: def, ...(options.country ? { country: options.country } : {}) });
  const todos = { ...parsed.todos };
  if (!options.coordinates) todos['city.coordinates'] = 'decimal degrees (WGS 84) of the city centre, for the map';
  const draft: Draft = {
    ...parsed,
    todos,
    city: { ...parsed.city, ...(options.coordinates ? { coordinates: options.coordinates } : {}) },
    source: {
      document: basename(input.fileName),
      format: ext === '.docx' ? `Word document of the filled-in LGQ ${edition} form` : `Text export of the filled-in LGQ ${edition} form`,
    },
  };
  const yaml = `${renderDraft(draft, {
    file: options.out,
    header: [
      `Draft imported from ${basename(input.fileName)} by \`npm run import\`.`,
      'Check every value against the original document. Lines marked TODO need a human:',
      'fill or correct them, delete the TODO comment, then run `npm run validate`.',
      'See CONTRIBUTING.md for the answer states and transcriber notes.',
    ],
  })}${renderEvidence(evidence, def)}`;
  return { draft, report: { ...report, todos }, evidence, yaml, text, conversionMessages };
}

/** The summary printed after an import: what was found, placed, stripped, and left for a human. */
export function formatSummary(result: ImportResult, options: { verbose?: boolean } = {}): string {
  const { report } = result;
  const def = getEdition(report.edition);
  const lines: string[] = [];
  const byField = new Map<string, number>();
  for (const u of report.urls) byField.set(u.field, (byField.get(u.field) ?? 0) + 1);
  lines.push(`Edition: LGQ ${report.edition}`);
  lines.push(`City: ${result.draft.city.name ?? '(not found)'} (${result.draft.city.country ?? 'country not found'})`);
  lines.push(
    `Questions found: ${report.questionsFound.length} of ${def.questions.length}${report.questionsFound.length ? ` (${report.questionsFound.join(', ')})` : ''}`,
  );
  if (report.questionsMissing.length) lines.push(`Questions not in the document: ${report.questionsMissing.join(', ')}`);
  lines.push(`URLs placed: ${report.urls.length}${byField.size ? ` (${[...byField].map(([f, n]) => `${f} ${n}`).join(', ')})` : ''}`);
  const kinds = new Map<string, number>();
  for (const s of report.stripped) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  lines.push(`Form text removed: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`);
  if (options.verbose) for (const s of report.stripped) lines.push(`  line ${s.line} [${s.kind}]: ${s.text.slice(0, 100)}`);
  if (report.notGiven.length) lines.push(`No number given (left out): ${report.notGiven.join(', ')}`);
  const todos = Object.entries(report.todos);
  lines.push(`Fields left for a human (TODO): ${todos.length}`);
  for (const [path, why] of todos) lines.push(`  ${path}: ${why}`);
  lines.push(`Lines not placed: ${report.unplaced.length}`);
  for (const u of report.unplaced)
    lines.push(`  line ${u.line}: ${u.text.length > 100 ? `${u.text.slice(0, 100)}…` : u.text}  (${u.reason})`);
  for (const m of result.conversionMessages) lines.push(`Word conversion: ${m}`);
  return lines.join('\n');
}
