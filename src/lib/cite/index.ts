import { profilePath, PAGES } from '../urls.ts';
import { DATA_LICENCE, DATASET_TITLE } from '../export/index.ts';
import { DATASET_VERSION } from '../export/version.ts';
import { absoluteUrl } from '../site/origin.ts';
import { i18n } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';

/*
 * How to cite a city's response or the whole data set. One citation record per work
 * (`responseCitation`, `datasetCitation`), written out as plain text, BibTeX, RIS and CSL-JSON, so
 * the formats cannot disagree. Pure: the caller passes the site origin (none when LGQ_SITE is unset:
 * then no format gives an address) and the access date; the wording comes from the interface language.
 */

export interface CitableResponse {
  readonly slug: string;
  readonly edition: number;
  readonly city: { readonly name: string };
  readonly country: { readonly name: string };
  /** Submission date, YYYY-MM-DD. */
  readonly submitted: string;
}

export interface CiteOptions {
  /** The public origin, e.g. `https://kb.example.org`; undefined when the build has none (no URL is cited). */
  readonly site: string | URL | undefined;
  /** Access date, YYYY-MM-DD. */
  readonly accessed: string;
  /** True when the profile lives at `/cities/<slug>/<edition>/` (older editions). */
  readonly editionPath?: boolean;
  /** The dataset version cited; DATASET_VERSION by default. */
  readonly version?: string;
}

/** One work to cite, in the terms the formats share. */
export interface CitationRecord {
  /** BibTeX key and CSL id: ASCII, stable. */
  readonly key: string;
  /** A corporate author: never split into given and family names. */
  readonly author: string;
  readonly title: string;
  /** Date of the work, YYYY-MM-DD (a response: its submission) or YYYY (the compilation). */
  readonly issued: string;
  readonly publisher: string;
  readonly version: string;
  /** What kind of statement it is, e.g. "Self-reported; submitted 3 May 2023". */
  readonly note: string;
  readonly url?: string | undefined;
  /** YYYY-MM-DD */
  readonly accessed: string;
}

export function permalink(response: CitableResponse, options: Pick<CiteOptions, 'site' | 'editionPath'>): string | undefined {
  return absoluteUrl(profilePath(response.slug, options.editionPath ? response.edition : undefined), options.site);
}

/** The responding body, as the author: the city's own government, not the person who filled in the form. */
export function citationAuthor(response: CitableResponse, text: I18n = i18n): string {
  return text.t('cite.author', { city: response.city.name, country: response.country.name });
}

export function citationTitle(response: CitableResponse, text: I18n = i18n): string {
  return text.t('cite.title', { city: response.city.name, edition: String(response.edition), survey: text.t('site.survey') });
}

type DateParts = [number, number, number] | [number];

function assertIsoDate(iso: string, what: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`${what} must be YYYY-MM-DD, got "${iso}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) throw new Error(`${what} is not a valid date: "${iso}"`);
  return [y, mo, d];
}

/** `2023-05-03` -> [2023, 5, 3]; `2026` -> [2026]. */
function dateParts(date: string, what: string): DateParts {
  return /^\d{4}$/.test(date) ? [Number(date)] : assertIsoDate(date, what);
}

/** `2023-05-03` -> `3 May 2023` in English (in UTC, so the date is read as written). */
export function longDate(iso: string, text: I18n = i18n): string {
  assertIsoDate(iso, 'Date');
  return text.date(iso);
}

/** The citation record of one city's response, as published in this version of the data set. */
export function responseCitation(response: CitableResponse, options: CiteOptions, text: I18n = i18n): CitationRecord {
  assertIsoDate(response.submitted, 'Submission date');
  assertIsoDate(options.accessed, 'Access date');
  return {
    key: bibtexKey(response),
    author: citationAuthor(response, text),
    title: citationTitle(response, text),
    issued: response.submitted,
    publisher: text.t('site.name'),
    version: options.version ?? DATASET_VERSION,
    note: text.t('cite.responseNote', { submitted: longDate(response.submitted, text) }),
    url: permalink(response, options),
    accessed: options.accessed,
  };
}

/** The citation record of the whole data set: its /data/ page, in the given version. */
export function datasetCitation(options: Omit<CiteOptions, 'editionPath'> & { readonly year: number }, text: I18n = i18n): CitationRecord {
  assertIsoDate(options.accessed, 'Access date');
  const version = options.version ?? DATASET_VERSION;
  return {
    key: `lgq_knowledgebase_${version.replace(/[^a-z0-9]/gi, '_')}`,
    author: text.t('cite.datasetAuthor'),
    title: DATASET_TITLE,
    issued: String(options.year),
    publisher: text.t('site.name'),
    version,
    note: text.t('cite.datasetNote', { licence: DATA_LICENCE.short }),
    url: absoluteUrl(PAGES.data, options.site),
    accessed: options.accessed,
  };
}

/** Plain text, for a reference list. Without an address it says nothing of one. */
export function citationText(record: CitationRecord, text: I18n = i18n): string {
  const params = {
    author: record.author,
    year: String(dateParts(record.issued, 'Date of the work')[0]),
    title: record.title,
    note: record.note,
    publisher: record.publisher,
    version: record.version,
    accessed: longDate(record.accessed, text),
  };
  return record.url ? text.t('cite.text', { ...params, url: record.url }) : text.t('cite.textNoUrl', params);
}

/** Escape text for a BibTeX field value (inside braces). */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${c}`;
    }
  });
}

/** A stable, ASCII-only key: `lgq2022almaty`. */
export function bibtexKey(response: Pick<CitableResponse, 'slug' | 'edition'>): string {
  return `lgq${response.edition}${response.slug.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
}

/** A BibTeX `@misc` entry (biblatex reads `version` and `urldate`). The corporate author is double-braced to stop name parsing. */
export function bibtex(record: CitationRecord): string {
  const [year] = dateParts(record.issued, 'Date of the work');
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(record.author)}}`],
    ['title', `{${bibtexEscape(record.title)}}`],
    ['year', String(year)],
    ['howpublished', bibtexEscape(record.publisher)],
    ['version', bibtexEscape(record.version)],
    ...(record.url ? ([['url', record.url]] as [string, string][]) : []),
    ['urldate', record.accessed],
    ['note', bibtexEscape(record.note)],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${record.key},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n')}\n}`;
}

/** RIS date: `2023/05/03`, or `2026` for a year alone. */
function risDate(date: string): string {
  return dateParts(date, 'Date')
    .map((n) => String(n).padStart(2, '0'))
    .join('/');
}

/** RIS (the tagged format of reference managers): a DATA record, one `TAG  - value` line each, ending with `ER  - `. */
export function ris(record: CitationRecord): string {
  const [year] = dateParts(record.issued, 'Date of the work');
  const lines: [string, string][] = [
    ['TY', 'DATA'],
    ['ID', record.key],
    ['AU', record.author],
    ['TI', record.title],
    ['PY', String(year)],
    ['DA', risDate(record.issued)],
    ['PB', record.publisher],
    ['ET', record.version],
    ...(record.url ? ([['UR', record.url]] as [string, string][]) : []),
    ['Y2', risDate(record.accessed)],
    ['N1', record.note],
    ['ER', ''],
  ];
  // A line break inside a value would start a new (unknown) tag.
  return lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`).join('\n');
}

/** One CSL-JSON item (what Zotero, Pandoc and citeproc read), as an object. */
export function cslItem(record: CitationRecord): Record<string, unknown> {
  return {
    id: record.key,
    type: 'dataset',
    author: [{ literal: record.author }],
    title: record.title,
    issued: { 'date-parts': [dateParts(record.issued, 'Date of the work')] },
    publisher: record.publisher,
    version: record.version,
    ...(record.url ? { URL: record.url } : {}),
    accessed: { 'date-parts': [dateParts(record.accessed, 'Access date')] },
    note: record.note,
  };
}

/** CSL-JSON text: an array of one item, indented, with each date's parts on one line (`[[2023, 5, 3]]`). */
export function cslJson(record: CitationRecord): string {
  return JSON.stringify([cslItem(record)], null, 2).replace(
    /\[\s*\[\s*(\d+)(?:,\s*(\d+),\s*(\d+))?\s*\]\s*\]/g,
    (_m, y: string, mo?: string, d?: string) => (mo && d ? `[[${y}, ${mo}, ${d}]]` : `[[${y}]]`),
  );
}

export const CITATION_FORMATS = ['text', 'bibtex', 'ris', 'csl'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** The record in each format. */
export function citationFormats(record: CitationRecord, text: I18n = i18n): Record<CitationFormat, string> {
  return { text: citationText(record, text), bibtex: bibtex(record), ris: ris(record), csl: cslJson(record) };
}

/** How each format writes the access date, so a page can swap the build's date for the reader's (see Citation.astro). */
export function accessDateIn(format: CitationFormat, iso: string, text: I18n = i18n): string {
  const [y, m, d] = assertIsoDate(iso, 'Access date');
  switch (format) {
    case 'text':
      return longDate(iso, text);
    case 'bibtex':
      return iso;
    case 'ris':
      return risDate(iso);
    case 'csl':
      return `${y}, ${m}, ${d}`;
  }
}
