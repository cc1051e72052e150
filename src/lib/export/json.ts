import { getEdition } from '../../questionnaire/index.ts';
import { indicatorValue, NUMERIC_INDICATORS } from '../indicators/index.ts';
import { answerJson } from '../../fields/index.ts';
import { withoutPrivateContacts } from '../data/response.ts';
import type { CityResponse } from '../data/response.ts';
import { responseProfilePath } from '../urls.ts';
import type { ExportedIndicators, ExportedResponse } from './exported.ts';

export * from './exported.ts';

/*
 * The JSON downloads. Each response is written in the shape of a content file (so the published
 * JSON Schema describes `city`, `source`, `withheld`, `notes` and `answers`), plus a few derived
 * facts (`id`, `slug`, `country`, `profile`). Officials' e-mail addresses and phone numbers are
 * never included, in the bulk file nor in the per-response files: the profile pages show e-mails
 * only in a spoken form, and a machine-readable copy would undo that.
 */

export interface ExportOptions {
  /** Public origin for absolute `profile` URLs; without it, paths. */
  readonly site?: string | URL | undefined;
  /** Slugs whose latest edition this response is not (their profile lives at `/cities/<slug>/<edition>/`). */
  readonly latestEdition?: ReadonlyMap<string, number>;
}

function indicatorsOf(response: CityResponse): ExportedIndicators {
  return Object.fromEntries(
    NUMERIC_INDICATORS.map((i) => {
      const v = indicatorValue(response, i);
      return [i.id, v.kind === 'value' ? v.value : v.reason];
    }),
  );
}

/** One response as it appears in every JSON download: withheld fields and private contacts already gone. */
export function exportResponse(response: CityResponse, options: ExportOptions = {}): ExportedResponse {
  const def = getEdition(response.edition);
  // A person record emptied by the privacy filter is "not given": it is left out, not an empty object.
  const publicAnswers = withoutPrivateContacts(response.answers);
  const answers: Record<string, Record<string, unknown>> = {};
  for (const q of def.questions) {
    const fields: Record<string, unknown> = {};
    for (const f of q.fields) {
      const answer = publicAnswers[q.id]?.[f.key];
      if (answer) fields[f.key] = answerJson(answer);
    }
    answers[q.id] = fields;
  }
  const path = responseProfilePath(response, options.latestEdition);
  return {
    id: response.id,
    slug: response.slug,
    edition: response.edition,
    fictional: response.fictional,
    city: {
      name: response.city.name,
      ...(response.city.localName ? { local_name: response.city.localName } : {}),
      country: response.country.code,
      coordinates: { lat: response.city.lat, lon: response.city.lon },
    },
    country: {
      code: response.country.code,
      name: response.country.name,
      m49: response.country.m49,
      region: response.country.region,
      subregion: response.country.subregion,
    },
    submitted: response.submitted,
    source: { ...response.source },
    withheld: [...response.withheld],
    notes: { ...response.notes },
    answers,
    profile: options.site ? new URL(path, options.site).href : path,
    indicators: indicatorsOf(response),
  };
}

/** The latest edition of each slug, for profile URLs. */
export function latestEditions(responses: readonly { readonly slug: string; readonly edition: number }[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const r of responses) latest.set(r.slug, Math.max(r.edition, latest.get(r.slug) ?? -Infinity));
  return latest;
}

export function exportResponses(
  responses: readonly CityResponse[],
  options: Omit<ExportOptions, 'latestEdition'> = {},
): ExportedResponse[] {
  const latestEdition = latestEditions(responses);
  return responses.map((r) => exportResponse(r, { ...options, latestEdition }));
}
