import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DefaultTreeAdapterMap } from 'parse5';
import * as questionnaire from '../../src/questionnaire/index.ts';
import { countryInfo, UN_REGIONS } from '../../src/lib/data/countries.ts';
import { CHANGELOG_FILE } from '../../src/lib/export/version.ts';
import type { HtmlDocument } from './html.ts';

/*
 * Finding interface text that did not come from the catalogue, in a build in the pseudo-locale
 * (en-XA), where every catalogue string is wrapped in ⟦ ⟧. Data (questionnaire wording, answers,
 * country and region names, editorial prose) is shown as it is, so a text is flagged when, outside
 * ⟦…⟧, it has an English word (3+ letters) that appears nowhere in the data.
 */

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/** One piece of text a reader sees (or hears), with where it sits on the page. */
export interface VisibleText {
  /** `<h1>`, or `<input placeholder>` for an attribute. */
  readonly where: string;
  readonly text: string;
}

export interface UntransformedText extends VisibleText {
  /** The words that are neither in ⟦…⟧ nor in the data. */
  readonly words: readonly string[];
}

/** Attributes whose value is shown or read out. */
const TEXT_ATTRIBUTES = ['alt', 'aria-label', 'title', 'placeholder'];
/** `<meta>` whose content is the page's own text (search results, link previews). */
const TEXT_METAS = ['description', 'og:title', 'og:description', 'og:site_name', 'og:image:alt', 'twitter:title', 'twitter:description'];
/** Elements whose content is code or literal values, not language. */
const LITERAL_ELEMENTS = new Set(['script', 'style', 'code', 'kbd']);

const attrOf = (el: DefaultTreeAdapterMap['element'], name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Every text node (outside script, style and code) and text attribute of a page, template contents included. */
export function visibleTexts(document: HtmlDocument): VisibleText[] {
  const out: VisibleText[] = [];
  const visit = (node: ParentNode, parentTag: string) => {
    const children = node.nodeName === 'template' && 'content' in node ? node.content.childNodes : node.childNodes;
    for (const child of children as ChildNode[]) {
      if (child.nodeName === '#text' && 'value' in child) {
        const text = child.value.replace(/\s+/g, ' ').trim();
        if (text) out.push({ where: `<${parentTag}>`, text });
      }
      if (!('tagName' in child)) continue;
      for (const name of TEXT_ATTRIBUTES) {
        const value = attrOf(child, name)?.trim();
        if (value) out.push({ where: `<${child.tagName} ${name}>`, text: value });
      }
      const meta = child.tagName === 'meta' ? (attrOf(child, 'name') ?? attrOf(child, 'property')) : undefined;
      const content = meta && TEXT_METAS.includes(meta) ? attrOf(child, 'content')?.trim() : undefined;
      if (content) out.push({ where: `<meta ${meta}>`, text: content });
      if (!LITERAL_ELEMENTS.has(child.tagName)) visit(child, child.tagName);
    }
  };
  visit(document, '#document');
  return out;
}

/** Catalogue text (⟦…⟧), URLs, e-mail addresses, host and file names carry no interface words of their own. */
const NOT_WORDS = [/⟦[^⟧]*⟧/g, /\bhttps?:\/\/\S+/g, /\S+@\S+/g, /\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi];

/** Catalogue text nested in catalogue text (a message filled with another, "⟦a ⟦b⟧ c⟧"), removed from the inside out. */
function withoutNestedCatalogue(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}

/** The English-looking words of a text (3+ ASCII letters), lower-cased. */
export function wordsOf(text: string): string[] {
  const rest = NOT_WORDS.reduce((t, pattern) => t.replace(pattern, ' '), withoutNestedCatalogue(text));
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase());
}

/** Words cut short by an ellipsis ("strate…"), lower-cased: a long data label shortened to fit a chart. */
const cutWordsOf = (text: string): Set<string> => new Set([...text.matchAll(/([A-Za-z]{3,})…/g)].map((m) => m[1]!.toLowerCase()));

/** Texts with a word outside ⟦…⟧ that the data does not have (a word cut short: that no data word begins with). */
export function untransformedTexts(texts: readonly VisibleText[], dataWords: ReadonlySet<string>): UntransformedText[] {
  return texts.flatMap((t) => {
    const cut = cutWordsOf(t.text);
    const isData = (w: string) => dataWords.has(w) || (cut.has(w) && [...dataWords].some((d) => d.startsWith(w)));
    const words = [...new Set(wordsOf(t.text).filter((w) => !isData(w)))];
    return words.length ? [{ ...t, words }] : [];
  });
}

/** Every string inside a value (objects, arrays, maps, sets), however deep. */
export function stringsIn(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const items = value instanceof Map ? [...value.keys(), ...value.values()] : value instanceof Set ? [...value] : Object.values(value);
  return items.flatMap((v) => stringsIn(v, seen));
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The words that may appear untransformed because they are data: the questionnaire modules, the
 * response files, the source documents they were read from (shown on the source pages), the country
 * and region names derived from them, and the editorial pages' prose.
 */
export function dataWords(options: { responsesDir: string; editorialDir: string; sourcesDir?: string }): Set<string> {
  const responses = filesUnder(options.responsesDir, '.yaml').map((f) => parseYaml(readFileSync(f, 'utf8')) as unknown);
  const countries = responses.flatMap((r) => {
    const code = (r as { city?: { country?: unknown } }).city?.country;
    return typeof code === 'string' ? Object.values(countryInfo(code)) : [];
  });
  // Dates are formatted by Intl, not the catalogue: month names are data too.
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2000, m, 1)));
  const monthNames = (['long', 'short'] as const).flatMap((month) =>
    months.map((d) => new Intl.DateTimeFormat('en-GB', { month, timeZone: 'UTC' }).format(d)),
  );
  const texts = [
    ...monthNames,
    ...stringsIn(questionnaire),
    ...stringsIn(responses),
    ...countries,
    ...UN_REGIONS,
    ...filesUnder(options.editorialDir, '.mdx').map((f) => readFileSync(f, 'utf8')),
    // The dataset changelog is editorial prose too (the /data/ page shows its entries).
    readFileSync(CHANGELOG_FILE, 'utf8'),
    ...(options.sourcesDir ? filesUnder(options.sourcesDir, '.txt').map((f) => readFileSync(f, 'utf8')) : []),
  ];
  return new Set(texts.flatMap(wordsOf));
}
