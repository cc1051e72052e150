import type { FieldDef, QuestionDef } from '../../questionnaire/index.ts';

/*
 * The compare table shows each answer with the profile's own markup: it takes the answer from the
 * chosen city's profile page (parsed with DOMParser, nodes imported, never HTML strings), where
 * QuestionAnswer.astro marks each question (`data-answer`) and each part (`data-field`). One
 * renderer for both pages, and no extra files per response: the profile pages exist anyway.
 */

/** Labels the compare table shows in its row headers instead. */
const LABELS = '.answer__label, .answer__item';

/** A copy of a server-rendered <template data-template="…"> of the compare page. */
export function templateNode(host: ParentNode, name: string): DocumentFragment {
  const template = host.querySelector<HTMLTemplateElement>(`template[data-template="${CSS.escape(name)}"]`);
  if (!template) throw new Error(`lgq-compare: missing template ${name}`);
  return document.importNode(template.content, true);
}

/**
 * One field's answer as the profile shows it. A part the profile leaves out (the city gave nothing)
 * gets the page's words for an absent value of its kind.
 */
export function answerNodes(profile: Document, question: QuestionDef, field: FieldDef, host: ParentNode): Node[] {
  const block = profile.querySelector(`[data-answer="${CSS.escape(question.id)}"]`);
  const part = block?.querySelector(`[data-field="${CSS.escape(`${question.id}.${field.key}`)}"]`);
  if (!part) return [templateNode(host, `absent-${field.kind}`)];
  return [...part.childNodes].filter((n) => !(n instanceof Element && n.matches(LABELS))).map((n) => document.importNode(n, true));
}
