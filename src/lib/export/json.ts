import { getEdition, PERSON_PARTS, PRIVATE_PERSON_PARTS } from '../../questionnaire/index.ts';
import type { FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import { withoutPrivateContacts } from '../data/response.ts';
import type { CityResponse, Link } from '../data/response.ts';

/*
 * The JSON downloads. Each response is written in the shape of a content file (so the published
 * JSON Schema describes `city`, `source`, `withheld`, `notes` and `answers`), plus a few derived
 * facts (`id`, `slug`, `country`, `profile`). Officials' e-mail addresses and phone numbers are
 * never included, in the bulk file nor in the per-response files: the profile pages show e-mails
 * only in a spoken form, and a machine-readable copy would undo that.
 */

/** A link as written in content files and downloads: a bare URL, or `{ url, label }`. */
export type ExportedLink = string | { readonly url: string; readonly label: string };

export interface ExportedResponse {
  /** `<edition>/<slug>`. */
  readonly id: string;
  readonly slug: string;
  readonly edition: number;
  readonly fictional: boolean;
  readonly city: {
    readonly name: string;
    readonly local_name?: string;
    /** ISO 3166-1 alpha-2. */
    readonly country: string;
    readonly coordinates: { readonly lat: number; readonly lon: number };
  };
  /** Derived from the country code: name, UN M49 code, region and sub-region. */
  readonly country: { readonly code: string; readonly name: string; readonly m49: string; readonly region: string; readonly subregion: string };
  readonly submitted: string;
  readonly source: { readonly document: string; readonly format: string; readonly note?: string };
  /** Field paths the city asked to withhold; their values are not in `answers`. */
  readonly withheld: readonly string[];
  readonly notes: Readonly<Record<string, string>>;
  readonly answers: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The response's page on the site. */
  readonly profile: string;
}

export interface ExportOptions {
  /** Public origin for absolute `profile` URLs; without it, paths. */
  readonly site?: string | URL | undefined;
  /** Slugs whose latest edition this response is not (their profile lives at `/cities/<slug>/<edition>/`). */
  readonly latestEdition?: ReadonlyMap<string, number>;
}

export function profilePathOf(slug: string, edition: number, latestEdition?: ReadonlyMap<string, number>): string {
  const latest = latestEdition?.get(slug);
  return latest === undefined || latest === edition ? `/cities/${slug}/` : `/cities/${slug}/${edition}/`;
}

/** Stable URL of one response's JSON. */
export function responseJsonPath(response: { readonly slug: string; readonly edition: number }): string {
  return `/data/responses/${response.edition}/${response.slug}.json`;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** One response as it appears in every JSON download: withheld fields and private contacts already gone. */
export function exportResponse(response: CityResponse, options: ExportOptions = {}): ExportedResponse {
  const def = getEdition(response.edition);
  const publicAnswers = withoutPrivateContacts(response.answers, def);
  const answers: Record<string, Record<string, unknown>> = {};
  for (const q of def.questions) {
    const fields: Record<string, unknown> = {};
    for (const f of q.fields) {
      const value = publicAnswers[q.id]?.[f.key];
      // A person record emptied by the privacy filter is "not given", not an empty object.
      if (isEmpty(value)) continue;
      fields[f.key] = f.kind === 'links' ? (value as readonly Link[]).map((l) => (l.label ? { url: l.url, label: l.label } : l.url)) : value;
    }
    answers[q.id] = fields;
  }
  const path = profilePathOf(response.slug, response.edition, options.latestEdition);
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
  };
}

/** The latest edition of each slug, for profile URLs. */
export function latestEditions(responses: readonly { readonly slug: string; readonly edition: number }[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const r of responses) latest.set(r.slug, Math.max(r.edition, latest.get(r.slug) ?? -Infinity));
  return latest;
}

export function exportResponses(responses: readonly CityResponse[], options: Omit<ExportOptions, 'latestEdition'> = {}): ExportedResponse[] {
  const latestEdition = latestEditions(responses);
  return responses.map((r) => exportResponse(r, { ...options, latestEdition }));
}

/** What a reader sees for one field of an exported response. */
export type ExportedFieldStatus =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'withheld' }
  | { readonly kind: 'absent' };

export function exportedFieldStatus(response: ExportedResponse, question: QuestionDef, field: FieldDef): ExportedFieldStatus {
  if (response.withheld.includes(`${question.id}.${field.key}`)) return { kind: 'withheld' };
  const value = response.answers[question.id]?.[field.key];
  return isEmpty(value) ? { kind: 'absent' } : { kind: 'value', value };
}

/** A person part's status: withheld when the part or the whole record is withheld. */
export function exportedPersonPartStatus(response: ExportedResponse, question: QuestionDef, field: FieldDef, part: string): ExportedFieldStatus {
  const path = `${question.id}.${field.key}`;
  if (response.withheld.includes(path) || response.withheld.includes(`${path}.${part}`)) return { kind: 'withheld' };
  const person = response.answers[question.id]?.[field.key] as Record<string, unknown> | undefined;
  const value = person?.[part];
  return isEmpty(value) ? { kind: 'absent' } : { kind: 'value', value };
}

/** Parts of an official's record that downloads carry (never e-mail nor phone). */
export const PUBLIC_PERSON_PARTS: readonly string[] = PERSON_PARTS.filter((p) => !PRIVATE_PERSON_PARTS.includes(p));

/** The whole-dataset JSON: a small header and every response. */
export interface ResponsesDocument {
  readonly title: string;
  readonly description: string;
  readonly licence: { readonly name: string; readonly url: string };
  readonly schema: readonly string[];
  readonly dictionary: string;
  readonly count: number;
  readonly responses: readonly ExportedResponse[];
}
