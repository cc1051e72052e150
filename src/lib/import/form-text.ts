import type { EditionDef, QuestionDef } from '../../questionnaire/index.ts';
import { BULLET, ENUMERATOR } from './lines.ts';
import { compact, compactText, diceAtLeast, matchWording } from './match.ts';
import type { Compact } from './match.ts';

/*
 * The form's own text, to recognise it among the answers: footnotes (the
 * definitions), page headers and the introduction, section headings, and
 * stray sentences of the wording. Built once per edition.
 */

export interface FormText {
  readonly edition: EditionDef;
  /** Every sentence of the wording, compact. */
  readonly sentences: readonly string[];
  readonly boilerplate: readonly string[];
  readonly definitions: readonly string[];
  readonly introduction: Compact;
  /** Each question with its wording, compact. */
  readonly questions: readonly { readonly question: QuestionDef; readonly wording: Compact }[];
}

function formSentences(def: EditionDef): string[] {
  const texts = def.questions.flatMap((q) => [
    q.wording,
    ...q.fields.flatMap((f) => [f.wording ?? '', ...(f.options ?? []).map((o) => o.label)]),
  ]);
  const out = new Set<string>();
  for (const t of texts) {
    out.add(compactText(t));
    for (const s of t.split(/(?<=[.?!:])\s+/)) out.add(compactText(s));
  }
  // The prompt the form prints under yes/no questions with an explanation.
  out.add(compactText('If Yes, please explain further and provide links.'));
  return [...out].filter((s) => s.length >= 10);
}

const formTexts = new WeakMap<EditionDef, FormText>();

/** One per edition: the classifier's memos (classify.ts, locate.ts) are kept per form text. */
export function formTextOf(def: EditionDef): FormText {
  let form = formTexts.get(def);
  if (!form) formTexts.set(def, (form = formTextUncached(def)));
  return form;
}

function formTextUncached(def: EditionDef): FormText {
  return {
    edition: def,
    sentences: formSentences(def),
    boilerplate: [...def.boilerplate, def.title, def.title.replace(/\s*\d{4}$/, '')].map(compactText),
    definitions: def.definitions.map((d) => compactText(d.text)),
    introduction: compact(def.introduction),
    questions: def.questions.map((question) => ({ question, wording: compact(question.wording) })),
  };
}

/** A footnote: a definition's text, numbered or not. */
export function isFootnote(text: string, form: FormText): boolean {
  const m = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d+\]|\d{1,2}(?=\s+\S))\s*(.+)$/.exec(text);
  const body = compactText(m ? (m[2] ?? '') : text);
  if (body.length < 10) return false;
  // A superscript-numbered line is a footnote if it resembles a definition; otherwise it must be nearly identical.
  const threshold = m && /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(m[1] ?? '') ? 0.6 : 0.9;
  return form.definitions.some((d) => diceAtLeast(body, d, threshold));
}

/** Page headers and footers, or the form's introduction; null for other lines. */
export function furnitureKind(text: string, form: FormText): 'page furniture' | 'introduction' | null {
  const c = compactText(text);
  if (!c) return 'page furniture';
  if (form.boilerplate.some((b) => b === c || (c.length >= 20 && diceAtLeast(b, c, 0.9)))) return 'page furniture';
  if (/^page\d+(of\d+)?$/.test(c)) return 'page furniture';
  const intro = form.introduction;
  if (c.length >= 60 && (matchWording(text, intro)?.complete || diceAtLeast(c, intro.text, 0.8))) return 'introduction';
  if (c.includes('foranyquestionaboutthisquestionnaire')) return 'introduction';
  return null;
}

/** The id of the section a heading line names ("III. Strategy and Implementation"), or null. */
export function sectionOf(text: string, form: FormText): string | null {
  const m = /^([IVX]+)\.?\s+(.+)$/.exec(text);
  const title = compactText(m ? (m[2] ?? '') : text);
  for (const s of form.edition.sections) {
    const t = compactText(s.title);
    if (m && m[1] === s.id && (title === t || diceAtLeast(title, t, 0.8))) return s.id;
    if (!m && title === t) return s.id;
  }
  return null;
}

/** A sentence of the form's wording standing on its own line (a prompt, part of a wording). */
export function isFormSentence(text: string, form: FormText): boolean {
  const c = compactText(text.replace(ENUMERATOR, '').replace(BULLET, ''));
  return c.length >= 10 && form.sentences.some((sentence) => sentence === c || (c.length >= 20 && diceAtLeast(sentence, c, 0.92)));
}
