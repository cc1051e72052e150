import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EMBED_ROOT } from '../lib/urls/questions.ts';
import { finishedAfterBuild } from './after-build.ts';

/*
 * Framing is allowed for the embed pages only. `_headers` (Netlify, Cloudflare Pages) has no "every
 * path but /embed/" pattern, and a header set by two matching rules is joined (Cloudflare) or
 * overridden (Netlify) differently; Cloudflare's `! Header` detach is not in Netlify's syntax. So the
 * site-wide policy is written once in public/_headers under the placeholder pattern below, and the
 * build repeats it for each top-level entry of the output except the embed folder (`/`, `/cities/*`,
 * `/feed.xml`, …): no path then matches two rules that set Content-Security-Policy, on either host.
 */

/** The pattern line in public/_headers whose headers apply to every path but the embed pages. */
export const ALL_BUT_EMBED = '@all-but-embed';

/** A top-level entry of the build output: a folder (`cities`) or a file (`feed.xml`). */
export interface OutputEntry {
  readonly name: string;
  readonly folder: boolean;
}

/** The `_headers` patterns that together match every path of the output outside the embed folder, and nothing in it. */
export function patternsOutsideEmbed(entries: readonly OutputEntry[]): string[] {
  const embedFolder = EMBED_ROOT.replace(/\//g, '');
  const patterns = entries
    .filter((e) => e.name !== '_headers' && e.name !== embedFolder)
    .map((e) => (e.folder ? `/${e.name}/*` : `/${e.name}`))
    .sort();
  // The home page is served at `/` as well as `/index.html`.
  return ['/', ...patterns];
}

/** The headers file with the placeholder rule repeated for each pattern (the file unchanged when it has none). */
export function expandAllButEmbed(text: string, patterns: readonly string[]): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === ALL_BUT_EMBED);
  if (start < 0) return text;
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end] ?? '')) end++;
  const headers = lines.slice(start + 1, end);
  const rules = patterns.flatMap((pattern, i) => [...(i > 0 ? [''] : []), pattern, ...headers]);
  return [...lines.slice(0, start), ...rules, ...lines.slice(end)].join('\n');
}

/** Expands the placeholder rule of the output's `_headers` over the output's own entries; returns the line the build logs. */
export function writeFrameHeaders(out: string): string {
  const file = join(out, '_headers');
  const entries = readdirSync(out, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
  const text = readFileSync(file, 'utf8');
  if (!text.split('\n').some((line) => line.trim() === ALL_BUT_EMBED)) throw new Error(`${file}: no ${ALL_BUT_EMBED} rule to expand`);
  writeFileSync(file, expandAllButEmbed(text, patternsOutsideEmbed(entries)));
  return `_headers: the site-wide policy on ${entries.length} top-level paths, framing allowed under ${EMBED_ROOT} only`;
}

/** After the build (and the search index, which adds a top-level folder), unless the build script does it after Astro exits (after-build.ts). */
export default function frameHeaders(): AstroIntegration {
  return {
    name: 'lgq-frame-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (finishedAfterBuild()) return;
        logger.info(writeFrameHeaders(fileURLToPath(dir)));
      },
    },
  };
}
