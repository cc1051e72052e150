import { DomUtils, parseDocument } from 'htmlparser2';
import { getEdition, isKnownEdition, questionAnchor, questionsInSection, sectionAnchor } from '../../questionnaire/index.ts';
import { DEFAULT_LOCALE_TAG } from '../../i18n/env.ts';

/*
 * Built HTML page -> the records Pagefind indexes, in two indexes.
 *
 * Main index (/pagefind/), used by the header dialog and /search/: one record per response profile
 * (/cities/x/: city, local name, country and region, then every answer) and one per editorial page.
 * Each question's element (id `iii-5`) gets the question number and short title as its Pagefind
 * title, so sub-results deep-link to the answer. One record per response keeps Pagefind's metadata
 * file (loaded before any first search) small: it grows with the number of records.
 *
 * Sections index (/pagefind-sections/), loaded only when a visitor filters by questionnaire section:
 * Pagefind's filters apply to whole records, so an exact section filter needs one record per
 * (response, section), at /cities/x/#section-iii, with a `section` filter.
 *
 * Question wording and section headings are left out of the records: they are the same on every
 * profile, would only bloat the index and make every profile match every wording word. Anything
 * marked data-pagefind-ignore (officials' e-mails and phones) is removed before Pagefind sees it.
 * Other pages with data-pagefind-body (editorial pages) are indexed whole, typed "Editorial".
 */

type Document = ReturnType<typeof parseDocument>;
type AnyNode = Document['children'][number];
type Element = Extract<AnyNode, { attribs: Record<string, string> }>;

/** Attribute ResponseSearchMeta puts on a profile's hidden metadata block (value: response id). */
export const RESPONSE_MARKER = 'data-search-response';
export const TYPE_RESPONSE = 'Response';
export const TYPE_EDITORIAL = 'Editorial';
/** Question pages: their wording, parts and definitions, indexed once (not on every profile). */
export const TYPE_QUESTION = 'Question';

/**
 * Words the site puts around every answer, identical on every profile: field labels, checklist item
 * wording, closed-answer states ("✓ Yes", "Not legible in source" and its explanation), badges,
 * "Link to this answer", screen-reader helper text. Indexed, they would match every profile and
 * multiply the index size. Components can also mark such text data-pagefind-ignore themselves.
 */
export const BOILERPLATE_CLASSES = [
  'visually-hidden',
  'answer__label',
  'answer__item',
  'answer__note-label',
  'answer__not-given',
  'answer__withheld',
  'answer__absent',
  'closed',
  'badge',
  'question__meta',
];
/** Controls ("Copy link" buttons) and non-text elements. */
const NOT_CONTENT = new Set(['button', 'script', 'style', 'template', 'svg']);

export interface SearchRecord {
  readonly url: string;
  readonly html: string;
  /** `profile` and `page` records form the main index; `section` records the sections index. */
  readonly kind: 'profile' | 'section' | 'page';
  /** Response id (`2022/almaty`) for profile records. */
  readonly response?: string;
}

function findAll(root: AnyNode | AnyNode[], test: (el: Element) => boolean): Element[] {
  return DomUtils.findAll((el) => test(el as Element), Array.isArray(root) ? root : [root]) as Element[];
}

function findOne(root: AnyNode | AnyNode[], test: (el: Element) => boolean): Element | undefined {
  return (DomUtils.findOne((el) => test(el as Element), Array.isArray(root) ? root : [root]) ?? undefined) as Element | undefined;
}

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An empty element carrying Pagefind metadata/filters in attributes (no text, so nothing extra is indexed). */
function metaSpan(keys: { meta?: string; filter?: string }, value: string): string {
  const attrs = [
    keys.meta ? `data-pagefind-meta="${keys.meta}[data-value]"` : '',
    keys.filter ? `data-pagefind-filter="${keys.filter}[data-value]"` : '',
  ].join(' ');
  return `<span ${attrs} data-value="${escapeAttr(value)}"></span>`;
}

/** A page's `<html lang>` (the build's interface language); English when it declares none. */
export function pageLang(html: string | Document): string {
  const root = findOne((typeof html === 'string' ? parseDocument(html) : html).children, (el) => el.name === 'html');
  return root?.attribs['lang'] || DEFAULT_LOCALE_TAG;
}

function recordDocument(title: string, body: string, lang: string): string {
  return `<!doctype html><html lang="${escapeAttr(lang)}"><head><title>${escapeAttr(title)}</title></head><body><div data-pagefind-body>${body}</div></body></html>`;
}

function removeAll(elements: Element[]): void {
  for (const el of elements) DomUtils.removeElement(el);
}

const HEADING = /^h[1-6]$/;
const SEPARATED = new Set(['li', 'dd', 'td', 'th', 'p', 'div']);

/** The records of one built page (empty when the page is not meant to be searched). */
export function recordsForPage(html: string, url: string): SearchRecord[] {
  const doc = parseDocument(html);
  const body = findOne(doc.children, (el) => 'data-pagefind-body' in el.attribs);
  if (!body) return [];
  // Never hand Pagefind what the page marks as not for search (officials' e-mails and phones).
  removeAll(findAll(body, (el) => 'data-pagefind-ignore' in el.attribs));

  const marker = findOne(body, (el) => RESPONSE_MARKER in el.attribs);
  if (!marker) {
    const declaresType = findAll(doc.children, (el) => /(^|,)\s*type\s*[:[]/.test(el.attribs['data-pagefind-meta'] ?? '')).length > 0;
    if (!declaresType)
      DomUtils.prependChild(body, parseDocument(metaSpan({ meta: 'type', filter: 'type' }, TYPE_EDITORIAL)).children[0] as AnyNode);
    return [{ url, html: DomUtils.getOuterHTML(doc), kind: 'page' }];
  }
  // The document is parsed once: its lang is read before the response block is taken apart.
  return responseRecords(body, marker, url, pageLang(doc));
}

function responseRecords(body: Element, marker: Element, url: string, lang: string): SearchRecord[] {
  const response = marker.attribs[RESPONSE_MARKER] ?? '';
  const edition = Number(marker.attribs['data-search-edition']);
  if (!isKnownEdition(edition)) throw new Error(`${url}: ${RESPONSE_MARKER} block has no known data-search-edition`);
  const city = marker.attribs['data-search-city'] ?? '';
  const identity = marker.attribs['data-search-identity'] ?? city;
  DomUtils.removeElement(marker);
  const meta = DomUtils.getInnerHTML(marker) + metaSpan({ meta: 'type', filter: 'type' }, TYPE_RESPONSE);

  const sections: SearchRecord[] = [];
  const sectionHtml: string[] = [];

  removeAll(findAll(body, (el) => (el.attribs['class'] ?? '').split(/\s+/).some((c) => BOILERPLATE_CLASSES.includes(c))));
  removeAll(findAll(body, (el) => NOT_CONTENT.has(el.name)));
  for (const section of getEdition(edition).sections) {
    const anchor = sectionAnchor(section.id);
    const sectionEl = findOne(body, (el) => el.attribs['id'] === anchor);
    if (!sectionEl) throw new Error(`${url}: no element with id="${anchor}" for section ${section.id}`);
    const label = `${section.id}. ${section.title}`;
    sectionEl.attribs['data-pagefind-title'] = label;
    for (const q of questionsInSection(edition, section.id)) {
      const id = questionAnchor(q.id);
      const questionEl = findOne(sectionEl, (el) => el.attribs['id'] === id);
      if (!questionEl) throw new Error(`${url}: no element with id="${id}" for question ${q.id}`);
      questionEl.attribs['data-pagefind-title'] = `${q.id} ${q.shortTitle}`;
    }
    // Compressed HTML has no whitespace between elements: keep list items and definitions separate words.
    for (const el of findAll(sectionEl, (e) => SEPARATED.has(e.name))) DomUtils.appendChild(el, parseDocument(' ').children[0] as AnyNode);
    // Definition terms are field labels ("Name", "E-mail"): boilerplate.
    removeAll(findAll(sectionEl, (el) => el.name === 'dt'));
    // Headings carry the wording; an id'd heading keeps its (now empty) element as the anchor.
    for (const heading of findAll(sectionEl, (el) => HEADING.test(el.name))) {
      if (heading.attribs['id']) heading.children = [];
      else DomUtils.removeElement(heading);
    }
    const title = `${city} · ${label}`;
    sectionHtml.push(DomUtils.getOuterHTML(sectionEl));
    sections.push({
      url: `${url}#${anchor}`,
      kind: 'section',
      response,
      html: recordDocument(
        title,
        `${meta}${metaSpan({ meta: 'section', filter: 'section' }, label)}${metaSpan({ meta: 'title' }, title)}${sectionHtml.at(-1) ?? ''}`,
        lang,
      ),
    });
  }
  const profile: SearchRecord = {
    url,
    kind: 'profile',
    response,
    html: recordDocument(city, `${meta}${metaSpan({ meta: 'title' }, city)}<p>${escapeAttr(identity)}</p>${sectionHtml.join('')}`, lang),
  };
  return [profile, ...sections];
}
