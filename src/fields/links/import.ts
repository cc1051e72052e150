import type { FieldDef } from '../../questionnaire/index.ts';
import type { KindImporter } from '../../lib/import/kind-importer.ts';
import { withEntry } from '../../lib/import/readings.ts';
import type { QuestionReadings } from '../../lib/import/readings.ts';
import type { DraftLink } from '../../lib/scaffold/draft.ts';

/* Links: lines of only URLs, or one URL with its label before or after it. A URL inside a sentence stays in the text. */

const urlOf = (link: DraftLink) => (typeof link === 'string' ? link : link.url);

/** The links with `added` appended, each URL once. */
export function addLinks(links: readonly DraftLink[], added: readonly DraftLink[]): DraftLink[] {
  const out = [...links];
  for (const link of added) if (!out.some((l) => urlOf(l) === urlOf(link))) out.push(link);
  return out;
}

/** The field labelled last if it is a links field, else the question's only links field. */
function linksField(readings: QuestionReadings, labelled: FieldDef | null): FieldDef | undefined {
  if (labelled?.kind === 'links') return labelled;
  const all = readings.question.fields.filter((f) => f.kind === 'links');
  return all.length === 1 ? all[0] : undefined;
}

export const importer: KindImporter = {
  read(line, { readings, labelled }) {
    const urls = line.urls;
    if (!urls || urls.shape === 'in-sentence') return null;
    const field = linksField(readings, labelled);
    if (!field) return null;
    const added: DraftLink[] = urls.shape === 'bare' ? [...urls.urls] : [{ url: urls.url, label: urls.label }];
    const links = addLinks(readings.links.get(field.key) ?? [], added);
    return { readings: { ...readings, links: withEntry(readings.links, field.key, links), lastText: null, answered: true }, done: true };
  },
  finish(field, { readings }) {
    const links = readings?.links.get(field.key);
    return links?.length ? { value: links, urls: links.map(urlOf) } : {};
  },
};
