/*
 * The build's locale tag, readable from client code without the catalogue: Astro passes
 * LGQ_LOCALE to client code through `import.meta.env` (astro.config.mjs). Locale keys are BCP 47
 * tags, so Intl can use the tag itself for numbers in code that must stay catalogue-free.
 */
export const DEFAULT_LOCALE_TAG = 'en';

export function localeTagFromEnv(): string {
  const fromVite: unknown = import.meta.env?.['LGQ_LOCALE'];
  const fromNode = typeof process === 'undefined' ? undefined : process.env['LGQ_LOCALE'];
  return String(fromVite ?? fromNode ?? DEFAULT_LOCALE_TAG);
}
