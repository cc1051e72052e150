import { profilePath } from '../urls.ts';
import { i18n } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';

/*
 * How to cite one city's response: plain text and BibTeX. Pure: the caller passes the site
 * origin and the access date, so the same function serves the build (build date) and tests;
 * the wording comes from the interface language (`text`, the build's by default).
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
  /** The public origin, e.g. `https://lgq-knowledgebase.example.org`. */
  readonly site: string | URL;
  /** Access date, YYYY-MM-DD. */
  readonly accessed: string;
  /** True when the profile lives at `/cities/<slug>/<edition>/` (older editions). */
  readonly editionPath?: boolean;
}

export function permalink(response: CitableResponse, options: Pick<CiteOptions, 'site' | 'editionPath'>): string {
  return new URL(profilePath(response.slug, options.editionPath ? response.edition : undefined), options.site).href;
}

/** The responding body, as the author: the city's own government, not the person who filled in the form. */
export function citationAuthor(response: CitableResponse, text: I18n = i18n): string {
  return text.t('pages.cite.author', { city: response.city.name, country: response.country.name });
}

export function citationTitle(response: CitableResponse, text: I18n = i18n): string {
  return text.t('pages.cite.title', { city: response.city.name, edition: String(response.edition), survey: text.t('site.survey') });
}

function assertIsoDate(iso: string, what: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`${what} must be YYYY-MM-DD, got "${iso}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) throw new Error(`${what} is not a valid date: "${iso}"`);
  return [y, mo, d];
}

/** `2023-05-03` -> `3 May 2023` in English (in UTC, so the date is read as written). */
export function longDate(iso: string, text: I18n = i18n): string {
  assertIsoDate(iso, 'Date');
  return text.date(iso);
}

/** Plain-text citation, e.g. for a reference list. */
export function citationText(response: CitableResponse, options: CiteOptions, text: I18n = i18n): string {
  const [year] = assertIsoDate(response.submitted, 'Submission date');
  return text.t('pages.cite.text', {
    author: citationAuthor(response, text),
    year: String(year),
    title: citationTitle(response, text),
    submitted: longDate(response.submitted, text),
    site: text.t('site.name'),
    url: permalink(response, options),
    accessed: longDate(options.accessed, text),
  });
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

/** A BibTeX `@misc` entry. The author is a corporate name, so it is double-braced to stop name parsing. */
export function bibtex(response: CitableResponse, options: CiteOptions, text: I18n = i18n): string {
  const [year] = assertIsoDate(response.submitted, 'Submission date');
  assertIsoDate(options.accessed, 'Access date');
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(citationAuthor(response, text))}}`],
    ['title', `{${bibtexEscape(citationTitle(response, text))}}`],
    ['year', String(year)],
    ['howpublished', bibtexEscape(text.t('site.name'))],
    ['url', permalink(response, options)],
    ['urldate', options.accessed],
    ['note', bibtexEscape(text.t('pages.cite.bibtexNote', { submitted: response.submitted }))],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${bibtexKey(response)},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n')}\n}`;
}
