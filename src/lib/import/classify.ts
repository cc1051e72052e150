import type { FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import { furnitureKind, isFootnote, isFormSentence, sectionOf } from './form-text.ts';
import type { FormText } from './form-text.ts';
import { bestField, bestQuestion } from './locate.ts';
import type { Whereabouts } from './locate.ts';
import type { Mark } from './marks.ts';
import { boundedMemo, continuesWording, SUPERSCRIPTS } from './match.ts';

/*
 * The line classifier: what one source line is, given where the reading stands
 * (the section, the current question, a wording still being continued). It
 * decides nothing about answers; the assembler places them.
 */

export type LineClass =
  | { readonly kind: 'footnote' }
  | { readonly kind: 'furniture'; readonly as: 'page furniture' | 'introduction' }
  /** The next part of a wording started on an earlier line. */
  | { readonly kind: 'continuation'; readonly pending: string | null; readonly remainder: string }
  | { readonly kind: 'section'; readonly section: string }
  | { readonly kind: 'question'; readonly question: QuestionDef; readonly pending: string | null; readonly remainder: string }
  /** A field's own label (checklist item, sub-question, option) in the current question. */
  | {
      readonly kind: 'label';
      readonly field: FieldDef;
      readonly option?: string;
      readonly mark: Mark;
      readonly pending: string | null;
      readonly remainder: string;
    }
  /** A sentence of the form's wording on its own. */
  | { readonly kind: 'form text' }
  /** Numbered like a question, but not one of this edition's. */
  | { readonly kind: 'unknown question' }
  | { readonly kind: 'answer' };

export interface ClassifyContext extends Whereabouts {
  /** Compact wording still expected from the previous line. */
  readonly pending: string | null;
}

const NEW_MARK = /\s*\(New\)\s*$/i;

/** What follows a wording on its line, without the punctuation that ended the wording. */
export function stripLead(s: string): string {
  return s
    .replace(SUPERSCRIPTS, '')
    .replace(/^[\s:;,.?!–—-]+/, '')
    .trim();
}

/** The line as the form's own furniture (footnote, header, introduction), or null. */
function furnitureClassUncached(text: string, form: FormText): LineClass | null {
  if (isFootnote(text, form)) return { kind: 'footnote' };
  const furniture = furnitureKind(text, form);
  return furniture ? { kind: 'furniture', as: furniture } : null;
}

/**
 * What a line is, as far as it depends on the line alone, per form: forms repeat their wording, so each
 * distinct line is looked at once (bounded memos, see match.ts).
 */
interface LineFacts {
  readonly furniture: (text: string) => LineClass | null;
  readonly section: (text: string) => string | null;
  readonly formSentence: (text: string) => boolean;
}
const factsByForm = new WeakMap<FormText, LineFacts>();
function factsOf(form: FormText): LineFacts {
  let facts = factsByForm.get(form);
  if (!facts)
    factsByForm.set(
      form,
      (facts = {
        furniture: boundedMemo(20_000, (text) => furnitureClassUncached(text, form)),
        section: boundedMemo(20_000, (text) => sectionOf(text, form)),
        formSentence: boundedMemo(20_000, (text) => isFormSentence(text, form)),
      }),
    );
  return facts;
}

/** The line as the start of a question's wording or of a field's label, whichever matches better. */
function wordingClass(text: string, form: FormText, context: ClassifyContext): LineClass | null {
  const question = bestQuestion(text, form, context);
  const label = context.current ? bestField(text, context.current) : null;
  if (question && !(label && label.match.score >= question.match.score))
    return {
      kind: 'question',
      question: question.question,
      pending: question.match.pending || null,
      remainder: stripLead(question.match.remainder),
    };
  if (!label) return null;
  return {
    kind: 'label',
    field: label.field,
    ...(label.option ? { option: label.option } : {}),
    mark: label.mark,
    pending: label.match.pending || null,
    remainder: stripLead(label.match.remainder),
  };
}

export function classifyLine(text: string, form: FormText, context: ClassifyContext): LineClass {
  const facts = factsOf(form);
  const furniture = facts.furniture(text);
  if (furniture) return furniture;
  const continued = context.pending ? continuesWording(text.replace(NEW_MARK, ''), context.pending) : null;
  if (continued) return { kind: 'continuation', pending: continued.pending || null, remainder: stripLead(continued.remainder) };
  const section = facts.section(text);
  if (section) return { kind: 'section', section };
  const wording = wordingClass(text, form, context);
  if (wording) return wording;
  if (facts.formSentence(text)) return { kind: 'form text' };
  if (/^\d{1,2}[.)]\s+\S.*\?$/.test(text) && context.current) return { kind: 'unknown question' };
  return { kind: 'answer' };
}
