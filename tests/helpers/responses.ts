import { getEdition } from '../../src/questionnaire/index.ts';
import { toCityResponse } from '../../src/lib/data/response.ts';
import type { CityResponse } from '../../src/lib/data/response.ts';
import type { ResponseData } from '../../src/schemas/response.ts';

/** A minimal valid response for a fictional city: every closed answer `not_answered`, nothing else given. */
export function blankResponseData(edition = 2022): Record<string, unknown> {
  const answers: Record<string, Record<string, unknown>> = {};
  for (const q of getEdition(edition).questions) {
    answers[q.id] = {};
    for (const f of q.fields) if (f.kind === 'closed' || f.kind === 'choice') answers[q.id]![f.key] = 'not_answered';
  }
  return {
    edition,
    fictional: true,
    city: { name: 'Testville', country: 'FR', coordinates: { lat: 45, lon: 2 } },
    submitted: '2023-01-15',
    source: { document: 'testville.txt', format: 'Fictional test fixture' },
    answers,
  };
}

type Answers = Record<string, Record<string, unknown>>;

/** A fictional CityResponse with some answers filled in. */
export function fictionalResponse(slug: string, answers: Answers = {}, extra: Record<string, unknown> = {}): CityResponse {
  const data = blankResponseData() as { answers: Answers } & Record<string, unknown>;
  for (const [qid, fields] of Object.entries(answers)) data.answers[qid] = { ...data.answers[qid], ...fields };
  return toCityResponse(slug, { ...data, ...extra } as unknown as ResponseData);
}
