import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { pageLang, recordsForPage } from './records.ts';
import type { SearchRecord } from './records.ts';
import { PAGEFIND_DIRS, SEARCH_VOCABULARY_PATH } from '../urls.ts';
import { buildVocabulary, recordText } from './vocabulary.ts';

/*
 * Index a built site with Pagefind's Node API, writing <outDir>/pagefind/ (profiles and editorial
 * pages) and <outDir>/pagefind-sections/ (one record per response and questionnaire section; see
 * records.ts for why there are two).
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
    .filter((file) => !file.startsWith(`${MAIN_INDEX}/`) && !file.startsWith(`${SECTIONS_INDEX}/`))
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

/** Folder (under the build's output) of each index. */
const MAIN_INDEX = PAGEFIND_DIRS.main;
const SECTIONS_INDEX = PAGEFIND_DIRS.sections;

async function writeIndex(records: readonly SearchRecord[], outputPath: string, language: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addHTMLFile({ url: record.url, content: record.html });
    if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  // The site uses Pagefind's JS API with its own interface: Pagefind's prebuilt UIs are not shipped.
  for (const file of UNUSED_UI_FILES) rmSync(join(outputPath, file), { force: true });
  await index.deleteIndex();
}

export async function buildSearchIndex(outDir: string): Promise<IndexSummary> {
  const records: SearchRecord[] = [];
  const files = htmlFiles(outDir);
  for (const file of files) records.push(...recordsForPage(readFileSync(join(outDir, file), 'utf8'), urlOfFile(file)));
  // Every page is in the build's one interface language; the home page says which.
  const language = searchLanguage(pageLang(readFileSync(join(outDir, 'index.html'), 'utf8')));
  const outputPath = join(outDir, MAIN_INDEX);
  try {
    await writeIndex(
      records.filter((r) => r.kind !== 'section'),
      outputPath,
      language,
    );
    await writeIndex(
      records.filter((r) => r.kind === 'section'),
      join(outDir, SECTIONS_INDEX),
      language,
    );
  } finally {
    await pagefind.close();
  }
  // One vocabulary for the site, from the main index's records (the sections index holds the same words).
  const main = records.filter((r) => r.kind !== 'section');
  const words = buildVocabulary(
    main.filter((r) => r.kind === 'profile').map((r) => recordText(r.html)),
    main.filter((r) => r.kind === 'page').map((r) => recordText(r.html)),
  );
  const vocabularyJson = JSON.stringify(words);
  writeFileSync(join(outDir, SEARCH_VOCABULARY_PATH.replace(/^\//, '')), vocabularyJson);
  return {
    pages: files.length,
    records: records.length,
    responses: new Set(records.flatMap((r) => (r.kind === 'profile' && r.response ? [r.response] : []))),
    editorialUrls: records.filter((r) => r.kind === 'page').map((r) => r.url),
    outputPath,
    vocabulary: { words: words.length, bytes: Buffer.byteLength(vocabularyJson) },
  };
}
