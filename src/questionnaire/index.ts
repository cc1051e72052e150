import { EDITION_LIST } from './editions.ts';
import type { EditionDef, FieldDef, QuestionDef } from './types.ts';

export * from './types.ts';
export * from './counterparts.ts';

/** Every questionnaire edition the knowledgebase knows, by year (the list is in ./editions.ts). */
export const EDITIONS: Readonly<Record<number, EditionDef>> = Object.fromEntries(EDITION_LIST.map((e) => [e.edition, e]));

export const EDITION_YEARS: readonly number[] = Object.keys(EDITIONS)
  .map(Number)
  .sort((a, b) => a - b);

/** The newest edition: the one the un-prefixed question pages describe. */
export const LATEST_EDITION = EDITION_YEARS[EDITION_YEARS.length - 1] as number;

export function getEdition(edition: number): EditionDef {
  const def = EDITIONS[edition];
  if (!def) throw new Error(`Unknown LGQ edition ${edition}; known editions: ${EDITION_YEARS.join(', ')}`);
  return def;
}

export function isKnownEdition(edition: unknown): edition is number {
  return typeof edition === 'number' && edition in EDITIONS;
}

export function getQuestion(edition: number, id: string): QuestionDef | undefined {
  return getEdition(edition).questions.find((q) => q.id === id);
}

export function questionsInSection(edition: number, sectionId: string): QuestionDef[] {
  return getEdition(edition).questions.filter((q) => q.section === sectionId);
}

export { questionAnchor, sectionAnchor } from './anchors.ts';

/** Stable column name of a field in downloads, e.g. `III.2.sendai`. */
export function columnName(question: QuestionDef, field: FieldDef): string {
  return `${question.id}.${field.key}`;
}

/** Every `question.field` path in an edition, e.g. `I.3.cio`, for the withheld list. */
export function fieldPaths(edition: number): string[] {
  const paths: string[] = [];
  for (const q of getEdition(edition).questions) {
    for (const f of q.fields) {
      paths.push(columnName(q, f));
      if (f.kind === 'person') for (const part of PERSON_PARTS) paths.push(`${q.id}.${f.key}.${part}`);
    }
  }
  return paths;
}

export const PERSON_PARTS = ['name', 'title', 'organization', 'email', 'phone'] as const;
/** Parts of an official's record that are never indexed for search nor put in bulk downloads. */
export const PRIVATE_PERSON_PARTS: readonly string[] = ['email', 'phone'];

/** The fields of a checklist question that are its items, in the form's order. */
export function checklistItems(question: QuestionDef): FieldDef[] {
  return (question.checklist?.items ?? []).flatMap((key) => question.fields.filter((f) => f.key === key));
}
