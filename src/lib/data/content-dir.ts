import { basename, dirname, join, resolve } from 'node:path';

/** The folder of response files: `LGQ_CONTENT_DIR` (e.g. the fictional demo data) or the repository's own. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['LGQ_CONTENT_DIR'] ?? 'content/responses');
}

/** The build's output folder: `LGQ_OUT_DIR`, or dist/ (astro.config.mjs, the build script, the local server). */
export function outDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['LGQ_OUT_DIR'] ?? 'dist');
}

/**
 * The folder of source documents (`<edition>/<document>`) for a folder of responses: a folder named
 * `responses` has its `sources` beside it (content/responses -> content/sources); any other (the
 * generated demo data, test fixtures) keeps them in its hidden `.sources` subfolder, so two generated
 * sets never share one.
 */
export function sourcesDirFor(responsesDir: string): string {
  const dir = resolve(responsesDir);
  return basename(dir) === 'responses' ? join(dirname(dir), 'sources') : join(dir, '.sources');
}

/** The sources folder of the build's content folder, unless `LGQ_SOURCES_DIR` says otherwise. */
export function sourcesDir(env: Record<string, string | undefined> = process.env): string {
  return env['LGQ_SOURCES_DIR'] ? resolve(env['LGQ_SOURCES_DIR']) : sourcesDirFor(contentDir(env));
}

/** Where a response's source document is. */
export const sourceFile = (edition: number, document: string, env: Record<string, string | undefined> = process.env): string =>
  resolve(sourcesDir(env), String(edition), document);
