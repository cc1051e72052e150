import { EDITIONS, getEdition, isKnownEdition, questionAnchor, questionsInSection, sectionAnchor } from '../../questionnaire/index.ts';
import { DEFAULT_LOCALE_TAG } from '../../i18n/env.ts';

/*
 * Built HTML page -> what Pagefind indexes: one record per response profile (/cities/x/: city, local
 * name, country and region, then every answer) and one per question or editorial page, all in one
 * index (/pagefind/). Each question's element (id `iii-5`) carries the question number and short
 * title as `data-pagefind-title` (QuestionBlock.astro), so Pagefind's sub-results deep-link to the
 * answer; the /search/ page's section filter reads those sub-results (search-page-element.ts).
 *
 * No DOM is built here: pages are handed to Pagefind as rendered. What a profile leaves out (question
 * wording, headings, field labels and other boilerplate) is Pagefind's `excludeSelectors`
 * (exclude.ts); what any page marks data-pagefind-ignore (officials' e-mails and phones) Pagefind
 * leaves out itself. This module only classifies a page and checks it with string searches: the
 * response marker and edition, every section's and question's anchor. Editorial pages without their
 * own `type` get one (`Editorial`) by a string edit.
 */

/** Attribute ResponseSearchMeta puts on a profile's hidden metadata block (value: response id). */
export const RESPONSE_MARKER = 'data-search-response';
export const TYPE_RESPONSE = 'Response';
export const TYPE_EDITORIAL = 'Editorial';
/** Question pages: their wording, parts and definitions, indexed once (not on every profile). */
export const TYPE_QUESTION = 'Question';

export interface SearchRecord {
  readonly url: string;
  readonly html: string;
  readonly kind: 'profile' | 'page';
  /** Response id (`2022/almaty`) for profile records. */
  readonly response?: string;
}

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The value of `name="…"` in a tag's source (attribute values are double-quoted in built HTML). */
function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** A page's `<html lang>` (the build's interface language); English when it declares none. */
export function pageLang(html: string): string {
  const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  return attr(tag, 'lang') || DEFAULT_LOCALE_TAG;
}

const BODY_TAG = /<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body\b[^>]*>/i;
const MARKER_TAG = new RegExp(`<[a-z][a-z0-9-]*\\s[^>]*\\b${RESPONSE_MARKER}="[^"]*"[^>]*>`, 'i');
/** A page that declares its own Pagefind `type` meta (question pages: `Question`). */
const DECLARES_TYPE = /data-pagefind-meta="(?:[^"]*,)?\s*type\s*[:[]/;

/** The record of one built page; undefined when the page is not meant to be searched. */
export function recordForPage(html: string, url: string): SearchRecord | undefined {
  const body = BODY_TAG.exec(html);
  if (!body) return undefined;
  const marker = MARKER_TAG.exec(html);
  if (!marker) {
    if (DECLARES_TYPE.test(html)) return { url, html, kind: 'page' };
    const at = body.index + body[0].length;
    const type = `<span data-pagefind-meta="type[data-value]" data-pagefind-filter="type[data-value]" data-value="${TYPE_EDITORIAL}"></span>`;
    return { url, html: `${html.slice(0, at)}${type}${html.slice(at)}`, kind: 'page' };
  }
  const response = attr(marker[0], RESPONSE_MARKER) ?? '';
  const edition = Number(attr(marker[0], 'data-search-edition'));
  if (!isKnownEdition(edition)) throw new Error(`${url}: ${RESPONSE_MARKER} block has no known data-search-edition`);
  // Sub-results and the browser's section filter rely on these anchors: a page without one fails the build.
  for (const section of getEdition(edition).sections) {
    const anchors = [sectionAnchor(section.id), ...questionsInSection(edition, section.id).map((q) => questionAnchor(q.id))];
    for (const id of anchors) {
      const at = html.indexOf(` id="${id}"`);
      const tagEnd = at < 0 ? -1 : html.indexOf('>', at);
      if (at < 0 || !html.slice(at, tagEnd).includes('data-pagefind-title="'))
        throw new Error(`${url}: no element with id="${id}" and data-pagefind-title (section ${section.id})`);
    }
  }
  return { url, html, kind: 'profile', response };
}

/** A questionnaire section's label, as the /search/ page's section select and question pages' `section` meta give it. */
export function sectionLabel(section: { readonly id: string; readonly title: string }): string {
  return `${section.id}. ${section.title}`;
}

/**
 * For the browser's section filter: per edition, the section label of each anchor on a profile (the
 * section's own and its questions'), from the questionnaire definition.
 */
export function sectionsOfAnchors(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.values(EDITIONS).map((e) => [
      String(e.edition),
      Object.fromEntries(
        e.sections.flatMap((s) => [
          [sectionAnchor(s.id), sectionLabel(s)],
          ...questionsInSection(e.edition, s.id).map((q) => [questionAnchor(q.id), sectionLabel(s)]),
        ]),
      ),
    ]),
  );
}
