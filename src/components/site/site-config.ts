/**
 * Where the site's source repository lives, for "how to add a city" links. Set LGQ_REPOSITORY_URL
 * at build time (e.g. https://github.com/<org>/<repo>); without it the pages name the file
 * instead of inventing a link.
 */
export function repositoryUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const url = env['LGQ_REPOSITORY_URL']?.trim();
  if (!url) return undefined;
  if (!/^https:\/\/[^\s]+$/.test(url)) throw new Error(`LGQ_REPOSITORY_URL must be an https URL, got "${url}"`);
  return url.replace(/\/+$/, '');
}
