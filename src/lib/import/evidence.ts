import { Document, isMap, YAMLMap } from 'yaml';
import type { EditionDef } from '../../questionnaire/index.ts';
import { formatLineSpec } from '../../schemas/evidence.ts';
import type { FieldEvidence, LineRange, ResponseEvidence } from '../../schemas/evidence.ts';

/*
 * The draft's `evidence` block: the source lines each field was read from, as the committed files
 * write them (content/responses/2022/almaty.yaml): ranges joined across blank lines only, a mapping
 * where a yes/no has a basis or a percentage a quote.
 */

/** Line numbers as ranges: two lines join when only blank lines lie between them (`contentLines` are the others). */
export function compactLines(lines: readonly number[], contentLines: ReadonlySet<number>): LineRange[] {
  const ranges: { from: number; to: number }[] = [];
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    let joins = last !== undefined;
    for (let n = (last?.to ?? line) + 1; joins && n < line; n++) if (contentLines.has(n)) joins = false;
    if (last && joins) last.to = line;
    else ranges.push({ from: line, to: line });
  }
  return ranges;
}

/** A line spec as a YAML value: a bare number for one line, else the `194-202, 204` string. */
const specValue = (ranges: readonly LineRange[]): number | string => {
  const spec = formatLineSpec(ranges);
  return /^\d+$/.test(spec) ? Number(spec) : spec;
};

function entryValue(entry: FieldEvidence): unknown {
  const { lines, basis, quote, quotes } = entry;
  if (basis === undefined && quote === undefined && quotes === undefined) return specValue(lines);
  return {
    lines: specValue(lines),
    ...(basis !== undefined ? { basis } : {}),
    ...(quote !== undefined ? { quote } : {}),
    ...(quotes !== undefined ? { quotes } : {}),
  };
}

/** The `evidence:` block, in questionnaire order, ready to append to a draft. Empty when nothing was read. */
export function renderEvidence(evidence: ResponseEvidence, def: EditionDef): string {
  const block: Record<string, unknown> = {};
  if (evidence.city?.length) block['city'] = specValue(evidence.city);
  if (evidence.submitted?.length) block['submitted'] = specValue(evidence.submitted);
  for (const q of def.questions) {
    const byKey = evidence.fields[q.id];
    if (!byKey) continue;
    const entries = q.fields.flatMap((f) => {
      const entry = byKey[f.key];
      return entry ? [[f.key, entryValue(entry)] as const] : [];
    });
    if (entries.length) block[q.id] = Object.fromEntries(entries);
  }
  if (!Object.keys(block).length) return '';
  const doc = new Document({ evidence: block });
  // Short mappings on one line, as a maintainer writes them: `answer: { lines: 83, basis: written }`.
  const root = doc.get('evidence', true);
  if (isMap(root))
    for (const question of root.items)
      if (question.value instanceof YAMLMap)
        for (const field of question.value.items)
          if (field.value instanceof YAMLMap && JSON.stringify(field.value.toJSON()).length <= 80) field.value.flow = true;
  return [
    '',
    '# Where each answer is in the source document (line numbers), and how each Yes/No was read:',
    '# `written` when the respondent wrote Yes or No, `ticked` for a marked box. `npm run validate`',
    '# checks every range, text, URL and quote against the source.',
    doc.toString({ lineWidth: 0 }).trimEnd(),
    '',
  ].join('\n');
}
