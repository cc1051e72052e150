import { answerWithoutPart, publicAnswer, readAnswer } from '../../fields/index.ts';
import type { FieldAnswer } from '../../fields/index.ts';
import { linksKind } from '../../fields/links/index.ts';
import type { Link } from '../../fields/links/index.ts';
import { getEdition } from '../../questionnaire/index.ts';
import type { EditionDef } from '../../questionnaire/index.ts';
import type { ResponseData } from '../../schemas/response.ts';
import { readEvidence } from '../../schemas/evidence.ts';
import type { ResponseEvidence } from '../../schemas/evidence.ts';
import { countryInfo } from './countries.ts';
import type { CountryInfo } from './countries.ts';

export type { Link } from '../../fields/links/index.ts';
export type { Figure } from '../../fields/figures/index.ts';
export type { Person } from '../../fields/person/index.ts';
export type { Account } from '../../fields/accounts/index.ts';
export type { FieldAnswer } from '../../fields/index.ts';
export type { FieldEvidence, LineRange, ResponseEvidence } from '../../schemas/evidence.ts';

/** Answers by question id, then by field key: only present values, tagged with their kind. Withheld fields are already removed. */
export type Answers = Readonly<Record<string, Readonly<Record<string, FieldAnswer>>>>;

/** One city's response to one edition, as every page, chart, download and the search index see it. */
export interface CityResponse {
  /** `<edition>/<slug>`: unique across the collection. */
  readonly id: string;
  readonly slug: string;
  readonly edition: number;
  readonly fictional: boolean;
  readonly city: { readonly name: string; readonly localName?: string; readonly lat: number; readonly lon: number };
  readonly country: CountryInfo;
  readonly submitted: string;
  readonly source: { readonly document: string; readonly format: string; readonly note?: string };
  /** Field paths the city asked to withhold (their values are not in `answers`). */
  readonly withheld: readonly string[];
  readonly notes: Readonly<Record<string, string>>;
  readonly answers: Answers;
  /** Where each answer is in the source document (content/sources/<edition>/<document>), and how it was read. */
  readonly evidence: ResponseEvidence;
}

/**
 * Stored answers (a content file's or a download's) read through the registry: each value checked
 * against its kind and tagged, empty values and withheld fields left out, withheld parts removed.
 */
export function readAnswers(def: EditionDef, stored: Readonly<Record<string, unknown>>, withheld: readonly string[] = []): Answers {
  const out: Record<string, Record<string, FieldAnswer>> = {};
  for (const q of def.questions) {
    const fields: Record<string, FieldAnswer> = {};
    const given = stored[q.id];
    for (const f of q.fields) {
      const path = `${q.id}.${f.key}`;
      if (withheld.includes(path) || !isRecord(given)) continue;
      let answer = readAnswer(f, given[f.key]);
      for (const p of withheld) if (answer && p.startsWith(`${path}.`)) answer = answerWithoutPart(answer, p.slice(path.length + 1));
      if (answer) fields[f.key] = answer;
    }
    out[q.id] = fields;
  }
  return out;
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy without what search and bulk downloads never carry: officials' e-mail addresses and phone numbers. */
export function withoutPrivateContacts(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([qid, fields]) => [
      qid,
      Object.fromEntries(
        Object.entries(fields).flatMap(([key, answer]) => {
          const kept = publicAnswer(answer);
          return kept ? [[key, kept]] : [];
        }),
      ),
    ]),
  );
}

/** Turn validated content into the plain object the site uses. */
export function toCityResponse(slug: string, data: ResponseData): CityResponse {
  const withheld = data.withheld ?? [];
  return {
    id: `${data.edition}/${slug}`,
    slug,
    edition: data.edition,
    fictional: data.fictional ?? false,
    city: {
      name: data.city.name,
      ...(data.city.local_name ? { localName: data.city.local_name } : {}),
      lat: data.city.coordinates.lat,
      lon: data.city.coordinates.lon,
    },
    country: countryInfo(data.city.country),
    submitted: data.submitted,
    source: { document: data.source.document, format: data.source.format, ...(data.source.note ? { note: data.source.note } : {}) },
    withheld,
    notes: data.notes ?? {},
    answers: readAnswers(getEdition(data.edition), data.answers, withheld),
    evidence: readEvidence(getEdition(data.edition), data.evidence, withheld),
  };
}

/** Links of a stored field, normalised: plain URL strings become `{ url }`; anything else has none. */
export function linksOf(value: unknown): Link[] {
  return Array.isArray(value) ? linksKind.read(value) : [];
}

/** Latest edition first, then by city name: the order of every list of responses. */
export function compareResponses(a: CityResponse, b: CityResponse): number {
  return a.city.name.localeCompare(b.city.name, 'en') || a.country.name.localeCompare(b.country.name, 'en') || b.edition - a.edition;
}
