import { getEdition, PRIVATE_PERSON_PARTS } from '../../questionnaire/index.ts';
import type { ClosedState, EditionDef } from '../../questionnaire/index.ts';
import type { ResponseData } from '../../schemas/response.ts';
import { countryInfo } from './countries.ts';
import type { CountryInfo } from './countries.ts';

/** A link as the pages and downloads see it. */
export interface Link {
  readonly url: string;
  readonly label?: string;
}
export interface Figure {
  readonly label: string;
  readonly value: number;
  readonly unit?: string;
  readonly year?: number;
}
export interface Person {
  readonly name?: string;
  readonly title?: string;
  readonly organization?: string;
  readonly email?: string;
  readonly phone?: string;
}
export interface Account {
  readonly platform: string;
  readonly url: string;
}

/** The value of one answer field, by kind. Absent (undefined) means the city gave nothing. */
export type FieldValue = ClosedState | string | number | readonly Link[] | readonly Figure[] | Person | readonly Account[];

/** Answers by question id, then by field key. Withheld fields are already removed. */
export type Answers = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

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
}

function deepClone<T>(v: T): T {
  return structuredClone(v);
}

/** Remove each withheld `question.field[.part]` path from a copy of the answers. */
export function applyWithheld(answers: Answers, withheld: readonly string[]): Answers {
  const out = deepClone(answers) as Record<string, Record<string, unknown>>;
  for (const path of withheld) {
    const [section, number, field, part] = path.split('.');
    const q = out[`${section}.${number}`];
    if (!q || !field) continue;
    if (part) {
      const obj = q[field];
      if (obj && typeof obj === 'object') delete (obj as Record<string, unknown>)[part];
    } else {
      delete q[field];
    }
  }
  return out;
}

/** A copy with officials' e-mail addresses and phone numbers removed: for search and bulk downloads. */
export function withoutPrivateContacts(answers: Answers, def: EditionDef): Answers {
  const out = deepClone(answers) as Record<string, Record<string, unknown>>;
  for (const q of def.questions) {
    for (const f of q.fields) {
      const person = out[q.id]?.[f.key];
      if (f.kind === 'person' && person && typeof person === 'object') {
        for (const part of PRIVATE_PERSON_PARTS) delete (person as Record<string, unknown>)[part];
      }
    }
  }
  return out;
}

/** Turn validated content into the plain object the site uses. */
export function toCityResponse(slug: string, data: ResponseData): CityResponse {
  const d = data as ResponseData & {
    answers: Record<string, Record<string, unknown>>;
    notes?: Record<string, string>;
    withheld?: string[];
  };
  const withheld = d.withheld ?? [];
  const def = getEdition(d.edition);
  const normalisedAnswers: Record<string, Record<string, unknown>> = {};
  for (const q of def.questions) {
    const fields = d.answers[q.id] ?? {};
    normalisedAnswers[q.id] = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, q.fields.find((f) => f.key === k)?.kind === 'links' ? linksOf(v) : v]),
    );
  }
  return {
    id: `${d.edition}/${slug}`,
    slug,
    edition: d.edition,
    fictional: d.fictional ?? false,
    city: {
      name: d.city.name,
      ...(d.city.local_name ? { localName: d.city.local_name } : {}),
      lat: d.city.coordinates.lat,
      lon: d.city.coordinates.lon,
    },
    country: countryInfo(d.city.country),
    submitted: d.submitted,
    source: { document: d.source.document, format: d.source.format, ...(d.source.note ? { note: d.source.note } : {}) },
    withheld,
    notes: d.notes ?? {},
    answers: applyWithheld(normalisedAnswers, withheld),
  };
}

/** Links of a field, normalised: plain URL strings become `{ url }`. */
export function linksOf(value: unknown): Link[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => (typeof v === 'string' ? { url: v } : (v as Link)));
}

/** Latest edition first, then by city name: the order of every list of responses. */
export function compareResponses(a: CityResponse, b: CityResponse): number {
  return a.city.name.localeCompare(b.city.name, 'en') || a.country.name.localeCompare(b.country.name, 'en') || b.edition - a.edition;
}
