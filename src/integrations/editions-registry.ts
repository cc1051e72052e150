import { registerHooks } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/*
 * The one seam for building with another set of questionnaire editions: LGQ_EDITIONS_MODULE names a
 * module exporting `EDITION_LIST` that stands in for src/questionnaire/editions.ts — in the site
 * (this Vite plugin) and in code Node loads itself: the integrations and the scripts (`registerEditionsHook`). Unset, nothing changes.
 */

/** The registry module the site imports. */
export const EDITIONS_REGISTRY = fileURLToPath(new URL('../questionnaire/editions.ts', import.meta.url));

/** The absolute path of the stand-in registry, when one is set. */
export function editionsOverride(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const module = env['LGQ_EDITIONS_MODULE'];
  return module ? resolve(module) : undefined;
}

/** Resolves imports of the registry to the stand-in (no plugin when there is none). */
export function editionsRegistryPlugin(override = editionsOverride()): Plugin[] {
  if (!override) return [];
  return [
    {
      name: 'lgq-editions-registry',
      enforce: 'pre',
      async resolveId(source, importer, options) {
        if (!importer || !source.endsWith('editions.ts') || importer === override) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved?.id === EDITIONS_REGISTRY ? override : null;
      },
    },
  ];
}

/** Resolves Node's own imports of the registry to the stand-in (nothing when there is none). */
export function registerEditionsHook(override = editionsOverride()): void {
  if (!override) return;
  const registry = pathToFileURL(EDITIONS_REGISTRY).href;
  const replacement = pathToFileURL(override).href;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      return resolved.url === registry && context.parentURL !== replacement ? { ...resolved, url: replacement } : resolved;
    },
  });
}
