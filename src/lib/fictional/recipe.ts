import type { ClosedState, EditionDef, FieldDef } from '../../questionnaire/index.ts';
import type { Random } from './random.ts';

/*
 * How an edition's fictional answers are drawn. An edition may bring its own tuned recipe
 * (src/questionnaire/fictional.ts); any other edition gets `genericRecipe`, read from its definition.
 */

/** Kinds of city, which shape how their answers look. */
export type Profile = 'ordinary' | 'illegible_scan' | 'sparse';

export type GeneratedLinks = (string | { url: string; label: string })[];

/** The draws a recipe combines; each consumes the record's random stream in call order. */
export interface FictionalDraws {
  readonly random: Random;
  readonly profile: Profile;
  /** How far along the city is (0–1): drives yes-rates and percentages together. */
  readonly maturity: number;
  readonly cityName: string;
  readonly slug: string;
  text(p: number, max?: number): string | undefined;
  linkList(p: number, min?: number, max?: number): GeneratedLinks | undefined;
  /** A closed answer; `gaps` scales the chance of a blank or unreadable box. */
  yes(bias?: number, gaps?: number): ClosedState;
  percent(p: number, mean: number, sd: number): number | undefined;
  /** An invented official of the city with the given title. */
  person(title: string): Record<string, string>;
  /** Records one answer (nothing when `v` is undefined). */
  set(questionId: string, key: string, v: unknown): void;
}

export interface FictionalRecipe {
  /** Draws every answer through `d.set`. The order of draws is part of the data: keep it. */
  answers(d: FictionalDraws): void;
  /** Field paths a city may ask to withhold (one is, now and then). */
  readonly withholdable: readonly string[];
  /** The note put on an unreadable scan's checklist. */
  readonly illegibleNote?: readonly [questionId: string, note: string];
  /** Transcriber notes, each with the questions it can sensibly be attached to. */
  readonly transcriberNotes: readonly (readonly [questionIds: readonly string[], note: string])[];
}

/** A plausible value for one field, from its kind alone. */
export function drawField(d: FictionalDraws, field: FieldDef): unknown {
  switch (field.kind) {
    case 'closed':
      return d.yes();
    case 'text':
      return d.text(0.5, 2);
    case 'links':
      return d.linkList(0.5, 1, 2);
    case 'percent':
      return d.percent(0.7, 50, 20);
    case 'person':
      return d.random.chance(0.8) ? d.person('Head of Digital Services') : undefined;
    case 'choice':
      return field.options?.length ? d.random.pick(field.options).value : undefined;
    case 'figures':
    case 'accounts':
      return undefined;
  }
}

/** Answers for any edition, drawn field by field from its kinds alone. */
export function genericRecipe(edition: EditionDef): FictionalRecipe {
  return {
    answers(d) {
      for (const q of edition.questions) for (const f of q.fields) d.set(q.id, f.key, drawField(d, f));
    },
    withholdable: [],
    transcriberNotes: [],
  };
}
