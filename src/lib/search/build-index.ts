import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { pageLang, recordForPage, TYPE_RESPONSE } from './records.ts';
import { PROFILE_EXCLUDE } from './exclude.ts';
import { PAGEFIND_DIRS, SEARCH_VOCABULARY_PATH } from '../urls.ts';
import { buildVocabulary } from './vocabulary.ts';

/*
 * Index a built site with Pagefind's Node API, writing <outDir>/pagefind/: one record per profile,
 * question page and editorial page (records.ts). Each page is read, checked with string searches
 * and handed to Pagefind as rendered, a few at a time: no page is parsed into a DOM here and no
 * record is kept once Pagefind has it. The "Did you mean" vocabulary is read back from the
 * fragments Pagefind wrote (exactly the indexed text of each record).
 *
 * Language: the interface language of the build (`<html lang>`, e.g. "en"), though answers quote
 * Russian and Kazakh names. Pagefind splits its index per page language; forcing the site's one
 * language keeps every record in a single index so a Cyrillic word is found from any page. Pagefind
 * segments words by Unicode rules, so Cyrillic terms are indexed as words; only the site language's
 * stemmer is applied to them.
 */

/** Pagefind's language for a page language: its primary subtag (`en-XA` -> `en`), which Pagefind's stemmers know. */
export function searchLanguage(lang: string): string {
  return new Intl.Locale(lang).language;
}

export interface IndexSummary {
  readonly pages: number;
  readonly records: number;
  /** Distinct response ids indexed (`2022/almaty`). */
  readonly responses: ReadonlySet<string>;
  readonly editorialUrls: readonly string[];
  readonly outputPath: string;
  /** Words in the site's vocabulary file (for "Did you mean …?"), and its size in bytes. */
  readonly vocabulary: { readonly words: number; readonly bytes: number };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith(`${PAGEFIND_DIRS.main}/`))
    .sort();
}

/** `cities/almaty/index.html` -> `/cities/almaty/`. */
export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

/** Pages handed to Pagefind at once: enough to keep its indexer busy while the next files are read. */
const IN_FLIGHT = 8;

/** A Pagefind fragment file (gzip; `pagefind_dcd` then JSON): the record's indexed text and metadata. */
export function readFragment(file: string): { content: string; meta: Record<string, string> } {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as { content: string; meta: Record<string, string> };
}

export async function buildSearchIndex(outDir: string): Promise<IndexSummary> {
  const files = htmlFiles(outDir);
  // Every page is in the build's one interface language; the home page says which.
  const language = searchLanguage(pageLang(readFileSync(join(outDir, 'index.html'), 'utf8')));
  const outputPath = join(outDir, PAGEFIND_DIRS.main);
  const responses = new Set<string>();
  const editorialUrls: string[] = [];
  let records = 0;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language, excludeSelectors: [...PROFILE_EXCLUDE] });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    // A few pages in flight; a failure is kept (not left as an unhandled rejection) and thrown once they settle.
    const adding = new Set<Promise<void>>();
    let failure: Error | undefined;
    for (const file of files) {
      if (failure) break;
      const record = recordForPage(readFileSync(join(outDir, file), 'utf8'), urlOfFile(file));
      if (!record) continue;
      records += 1;
      if (record.response) responses.add(record.response);
      else editorialUrls.push(record.url);
      const added: Promise<void> = index
        .addHTMLFile({ url: record.url, content: record.html })
        .then((result) => {
          if (result.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
        })
        .catch((error: unknown) => {
          failure ??= error instanceof Error ? error : new Error(String(error));
        })
        .finally(() => adding.delete(added));
      adding.add(added);
      if (adding.size >= IN_FLIGHT) await Promise.race(adding);
    }
    await Promise.all(adding);
    if (failure) throw failure;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    // The site uses Pagefind's JS API with its own interface: Pagefind's prebuilt UIs are not shipped.
    for (const file of UNUSED_UI_FILES) rmSync(join(outputPath, file), { force: true });
    await index.deleteIndex();
  } finally {
    await pagefind.close();
  }
  // One vocabulary for the site, from the indexed text of every record: profiles' words must occur
  // twice, question and editorial pages' words are always kept (vocabulary.ts).
  const profileTexts: string[] = [];
  const pageTexts: string[] = [];
  const fragmentDir = join(outputPath, 'fragment');
  for (const name of readdirSync(fragmentDir)) {
    const { content, meta } = readFragment(join(fragmentDir, name));
    (meta['type'] === TYPE_RESPONSE ? profileTexts : pageTexts).push(content);
  }
  const words = buildVocabulary(profileTexts, pageTexts);
  const vocabularyJson = JSON.stringify(words);
  writeFileSync(join(outDir, SEARCH_VOCABULARY_PATH.replace(/^\//, '')), vocabularyJson);
  return {
    pages: files.length,
    records,
    responses,
    editorialUrls,
    outputPath,
    vocabulary: { words: words.length, bytes: Buffer.byteLength(vocabularyJson) },
  };
}
