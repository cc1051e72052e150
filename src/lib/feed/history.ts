import { execFileSync } from 'node:child_process';
import { relative, sep } from 'node:path';

/*
 * When each response file was added and last corrected, from the repository's history: the dates
 * of the commits that touched `<edition>/<slug>.yaml` under the content folder. A folder outside
 * git (the generated demo data) or a shallow clone has no such history; those responses fall back
 * to their submission date (see responsesFeed), and CI's deploy workflow clones in full.
 */

/** `<edition>/<slug>` -> commit dates (YYYY-MM-DD), oldest first. */
export type FileHistory = ReadonlyMap<string, readonly string[]>;

/** Parses `git log --format=%x00%cs --name-only` output into dates per `<edition>/<slug>`. */
export function parseGitLog(log: string, prefix: string): FileHistory {
  const dates = new Map<string, string[]>();
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n').map((l) => l.trim());
    for (const file of files) {
      if (!file.startsWith(prefix) || !file.endsWith('.yaml')) continue;
      const id = file.slice(prefix.length).replace(/\.yaml$/, '');
      dates.set(id, [date, ...(dates.get(id) ?? [])]);
    }
  }
  return dates;
}

/** The history of every response file in `dir`; empty when `dir` is not tracked by git. */
export function responseFileHistory(dir: string): FileHistory {
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const prefix = `${relative(root, dir).split(sep).join('/')}/`;
    const log = execFileSync('git', ['log', '--no-renames', '--format=%x00%cs', '--name-only', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return parseGitLog(log, prefix);
  } catch {
    return new Map();
  }
}
