import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuildArgs, siteBuildArgs } from '../../scripts/lib/astro-build.ts';

export interface BuildOptions {
  /** Folder of response files (`<edition>/<slug>.yaml`); the repository's content/responses when left out. */
  readonly contentDir?: string;
  /**
   * Output folder; when left out, a new `dist-tmp-*` folder inside the repository (git-ignored). It must
   * be inside the working directory: for an outDir outside it, Astro puts its prerender chunks in the
   * shared `<cwd>/.astro/.prerender/`, and two such builds at once break each other.
   */
  readonly outDir?: string;
  /** Astro's cache folder; a new (empty) temporary folder when left out, so nothing is reused between builds. */
  readonly cacheDir?: string;
  /** A module standing in for src/questionnaire/editions.ts (LGQ_EDITIONS_MODULE); the real editions when left out. */
  readonly editionsModule?: string;
  /** The interface language (LGQ_LOCALE, see src/i18n/config.ts); the default (English) when left out. */
  readonly locale?: string;
  /**
   * A bare `astro build`, with the search index and `_headers` run by the integrations in Astro's own
   * process, instead of the build script (scripts/build.ts), which runs them after Astro exits.
   */
  readonly bare?: boolean;
}

export interface BuildResult {
  readonly outDir: string;
  readonly output: string;
  readonly seconds: number;
}

/** A real `astro build` (site + search index) as a child process, run as every build runs it, into its own folders. Rejects with the build's output on failure. */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? mkdtempSync(join(process.cwd(), 'dist-tmp-'));
  const cacheDir = options.cacheDir ?? mkdtempSync(join(tmpdir(), 'lgq-cache-'));
  const env: NodeJS.ProcessEnv = { ...process.env, LGQ_OUT_DIR: outDir, LGQ_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  if (options.contentDir) env['LGQ_CONTENT_DIR'] = options.contentDir;
  else delete env['LGQ_CONTENT_DIR'];
  if (options.editionsModule) env['LGQ_EDITIONS_MODULE'] = options.editionsModule;
  else delete env['LGQ_EDITIONS_MODULE'];
  if (options.locale) env['LGQ_LOCALE'] = options.locale;
  else delete env['LGQ_LOCALE'];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, options.bare ? astroBuildArgs(env) : siteBuildArgs(), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      if (code === 0) resolve({ outDir, output, seconds });
      else reject(new Error(`astro build failed (exit ${code}) for ${options.contentDir ?? 'content/responses'}:\n${output.slice(-4000)}`));
    });
  });
}
