import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/*
 * The data set's version and changelog: one home, the changelog file at the repository root
 * (DATA-CHANGELOG.md). The newest entry's heading is the version every download, the /data/ page
 * and the citation name, so a release is one edit of one file.
 */

export const CHANGELOG_FILE = 'DATA-CHANGELOG.md';

/** `YYYY.MM`, optionally `.N` for a further release in the same month. */
const VERSION = /^\d{4}\.(0[1-9]|1[0-2])(\.[2-9]\d*)?$/;
const HEADING = /^## (\S+) \((\d{4}-\d{2}-\d{2})\)\s*$/;
const ITEM = /^- (Added|Corrected|Changed): (.+)$/;

export type ChangeKind = 'Added' | 'Corrected' | 'Changed';

export interface ChangelogEntry {
  readonly version: string;
  /** Release date, YYYY-MM-DD. */
  readonly date: string;
  readonly changes: readonly { readonly kind: ChangeKind; readonly text: string }[];
}

const isChangeKind = (k: string): k is ChangeKind => k === 'Added' || k === 'Corrected' || k === 'Changed';

/** The changelog's entries, newest first. Throws on a malformed heading or item: a release must not ship a version it cannot name. */
export function parseChangelog(text: string): ChangelogEntry[] {
  const entries: { version: string; date: string; changes: { kind: ChangeKind; text: string }[] }[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const where = `${CHANGELOG_FILE}:${String(index + 1)}`;
    if (line.startsWith('## ')) {
      const m = HEADING.exec(line);
      if (!m?.[1] || !m[2] || !VERSION.test(m[1])) throw new Error(`${where}: a release heading is "## YYYY.MM (YYYY-MM-DD)"`);
      entries.push({ version: m[1], date: m[2], changes: [] });
      continue;
    }
    const current = entries.at(-1);
    if (!current) continue;
    const item = ITEM.exec(line);
    const last = current.changes.at(-1);
    if (item?.[1] && item[2] && isChangeKind(item[1])) current.changes.push({ kind: item[1], text: item[2] });
    else if (line.startsWith('- ')) throw new Error(`${where}: an item starts "- Added:", "- Corrected:" or "- Changed:"`);
    else if (line.startsWith('  ') && last) last.text = `${last.text} ${line.trim()}`;
  }
  if (!entries.length) throw new Error(`${CHANGELOG_FILE}: no release heading`);
  for (const [i, e] of entries.entries()) {
    const older = entries[i + 1];
    if (older && (older.version >= e.version || older.date > e.date))
      throw new Error(`${CHANGELOG_FILE}: release ${e.version} must be newer than the one below it (${older.version})`);
  }
  return entries;
}

/** A change's text split at its `code` spans (Markdown backticks), for the page to mark them up. */
export function codeSpans(text: string): { readonly text: string; readonly code: boolean }[] {
  return text
    .split('`')
    .map((part, i) => ({ text: part, code: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}

let text: string | undefined;
let cached: readonly ChangelogEntry[] | undefined;

/** The changelog file as written (it goes into the release zip). */
export function datasetChangelogText(): string {
  text ??= readFileSync(resolve(CHANGELOG_FILE), 'utf8');
  return text;
}

/** The repository's changelog, read once per build. */
export function datasetChangelog(): readonly ChangelogEntry[] {
  cached ??= parseChangelog(datasetChangelogText());
  return cached;
}

/** The newest release: its version and date. */
export function datasetRelease(): ChangelogEntry {
  const [newest] = datasetChangelog();
  if (!newest) throw new Error(`${CHANGELOG_FILE}: no release`);
  return newest;
}

/** The data set's version, e.g. `2026.12`: the newest entry of DATA-CHANGELOG.md. */
export function datasetVersion(): string {
  return datasetRelease().version;
}

/** The same, as a constant for modules that want one (read when this module loads). */
export const DATASET_VERSION: string = datasetVersion();
