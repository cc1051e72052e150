import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/data/content-dir.ts';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { editorialPath } from '../lib/urls.ts';
import { finishedAfterBuild } from './after-build.ts';

/** `<edition>/<slug>` of every response file, as the data module names them. */
function responseIds(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => `${e.parentPath.split(/[\\/]/).at(-1) ?? ''}/${e.name.replace(/\.yaml$/, '')}`);
}

/** Editorial page files (content/pages/*.mdx); each is published at /<name>/. */
function editorialNames(dir = 'content/pages'): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, ''))
    : [];
}

/**
 * Builds the Pagefind index of a built site into its own output folder (so LGQ_OUT_DIR is respected).
 * Fails when a response or an editorial page is missing from the index: nothing is silently left out
 * of search. Resolves to the line the build logs.
 */
export async function indexBuiltSite(outDir: string): Promise<string> {
  const summary = await buildSearchIndex(outDir);
  const missing = responseIds(contentDir()).filter((id) => !summary.responses.has(id));
  if (missing.length) throw new Error(`Search index: no profile page with search metadata for ${missing.join(', ')}`);
  const missingPages = editorialNames().filter((name) => !summary.editorialUrls.includes(editorialPath(name)));
  if (missingPages.length)
    throw new Error(`Search index: editorial pages not indexed (no data-pagefind-body?): ${missingPages.join(', ')}`);
  return `Pagefind: ${summary.records} records from ${summary.pages} pages (${summary.responses.size} responses) -> ${summary.outputPath}; vocabulary ${summary.vocabulary.words} words, ${summary.vocabulary.bytes} bytes`;
}

/** The search index as the last step of `astro build`, unless the build script runs it after Astro exits (after-build.ts). */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'lgq-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (finishedAfterBuild()) return;
        logger.info(await indexBuiltSite(fileURLToPath(dir)));
      },
    },
  };
}
