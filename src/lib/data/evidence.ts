import type { ClosedBasis, FieldEvidence } from '../../schemas/evidence.ts';
import type { ClosedState } from '../../questionnaire/index.ts';
import type { CityResponse } from './response.ts';
import type { TextI18n } from '../../i18n/index.ts';

/*
 * Reading a response's evidence (src/schemas/evidence.ts) the way every page and chart does: one
 * field's record, how a yes/no was read, the respondent's words behind a number, and yes/no answers
 * counted by how they were read.
 */

/** One field's evidence, if the response records any. */
export const fieldEvidenceOf = (response: Pick<CityResponse, 'evidence'>, questionId: string, key: string): FieldEvidence | undefined =>
  response.evidence.fields[questionId]?.[key];

// A field's evidence is bare lines or a record with more: these read the record's parts from either.
export const quoteOf = (evidence: FieldEvidence | undefined): string | undefined =>
  evidence && 'quote' in evidence ? evidence.quote : undefined;
export const quotesOf = (evidence: FieldEvidence | undefined): readonly string[] | undefined =>
  evidence && 'quotes' in evidence ? evidence.quotes : undefined;

/** How a yes or a no was read; nothing for the states that are no answer (their own words explain them). */
export function closedBasisOf(state: ClosedState | 'withheld', evidence: FieldEvidence | undefined): ClosedBasis | undefined {
  return (state === 'yes' || state === 'no') && evidence && 'basis' in evidence ? evidence.basis : undefined;
}

export type BasisCount = Readonly<Record<ClosedBasis | 'unrecorded', number>>;

/** Yes answers (or no answers) counted by how they were read: a ticked box and a written word apart. */
export function basisTally(answers: readonly { readonly basis: ClosedBasis | undefined }[]): BasisCount {
  const tally = { ticked: 0, written: 0, unrecorded: 0 };
  for (const a of answers) tally[a.basis ?? 'unrecorded'] += 1;
  return tally;
}

/**
 * The parts of a tally worth saying: each way of reading with a count, in a fixed order; nothing
 * when no answer records how it was read (then there is nothing to tell apart).
 */
export function basisParts(tally: BasisCount): { readonly basis: keyof BasisCount; readonly count: number }[] {
  if (tally.ticked + tally.written === 0) return [];
  return (['ticked', 'written', 'unrecorded'] as const).map((basis) => ({ basis, count: tally[basis] })).filter((p) => p.count > 0);
}

/** "(2 box ticked, 3 written in the answer)", or '' when no answer records how it was read. */
export function basisNote(tally: BasisCount, text: TextI18n): string {
  const parts = basisParts(tally).map((p) => text.t(`evidence.tallyPart.${p.basis}`, { count: p.count }));
  return parts.length ? text.t('evidence.tallyBasis', { parts: text.list(parts) }) : '';
}

/** Yes and no answers to one closed field across responses, each counted by how it was read. */
export type ClosedBases = Readonly<Record<'yes' | 'no', BasisCount>>;
export function closedBases(
  responses: readonly Pick<CityResponse, 'evidence' | 'answers' | 'withheld'>[],
  questionId: string,
  key: string,
): ClosedBases {
  const of = (state: 'yes' | 'no') =>
    basisTally(
      responses.flatMap((r) => {
        const answer = r.withheld.includes(`${questionId}.${key}`) ? undefined : r.answers[questionId]?.[key];
        return answer?.kind === 'closed' && answer.value === state
          ? [{ basis: closedBasisOf(state, fieldEvidenceOf(r, questionId, key)) }]
          : [];
      }),
    );
  return { yes: of('yes'), no: of('no') };
}
