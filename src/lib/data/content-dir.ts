import { resolve } from 'node:path';

/** The folder of response files: `LGQ_CONTENT_DIR` (e.g. the fictional demo data) or the repository's own. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['LGQ_CONTENT_DIR'] ?? 'content/responses');
}
