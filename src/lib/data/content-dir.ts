import { resolve } from 'node:path';

/** The folder of response files: `LGQ_CONTENT_DIR` (e.g. the fictional demo data) or the repository's own. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['LGQ_CONTENT_DIR'] ?? 'content/responses');
}

/**
 * The folder of source documents (`<edition>/<document>`): the repository's content/sources, or for
 * another content folder its hidden `.sources` subfolder (the generator writes the fictional forms
 * there, so two generated sets never share one), unless `LGQ_SOURCES_DIR` says otherwise.
 */
export function sourcesDir(env: Record<string, string | undefined> = process.env): string {
  if (env['LGQ_SOURCES_DIR']) return resolve(env['LGQ_SOURCES_DIR']);
  return env['LGQ_CONTENT_DIR'] ? resolve(env['LGQ_CONTENT_DIR'], '.sources') : resolve('content/sources');
}

/** Where a response's source document is. */
export const sourceFile = (edition: number, document: string, env: Record<string, string | undefined> = process.env): string =>
  resolve(sourcesDir(env), String(edition), document);
