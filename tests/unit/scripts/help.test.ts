import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/* Every script answers --help (and -h) with its usage, exits 0, and does nothing else. */

const run = promisify(execFile);
const scripts = readdirSync('scripts').filter((f) => f.endsWith('.ts'));

/** The option names a script declares to parseArgs (`name: { type: … }`). */
function declaredOptions(source: string): string[] {
  return [...source.matchAll(/^\s+'?([a-z][a-z-]*)'?: \{ type: '(?:string|boolean)'/gm)].map((m) => m[1] ?? '');
}

describe('scripts --help', () => {
  it('covers every script in scripts/', () => {
    expect(scripts).toEqual(expect.arrayContaining(['new-city.ts', 'import.ts', 'validate.ts', 'test.ts', 'editions-hook.ts']));
  });

  it.each(scripts)('%s prints its usage, naming every option it takes', async (script) => {
    for (const flag of ['--help', '-h']) {
      const { stdout, stderr } = await run(process.execPath, [`scripts/${script}`, flag], {
        env: { ...process.env, LGQ_CONTENT_DIR: '/nonexistent' },
      });
      expect(stdout.startsWith('Usage: ')).toBe(true);
      expect(stdout).toMatch(/-h, --help/);
      expect(stderr).toBe('');
      for (const option of declaredOptions(readFileSync(`scripts/${script}`, 'utf8'))) expect(stdout).toContain(`--${option}`);
    }
  });

  it('reads the options of a parseArgs block', () => {
    expect(
      declaredOptions(
        "  options: {\n    name: { type: 'string' },\n    'local-name': { type: 'string' },\n    force: { type: 'boolean', default: false },",
      ),
    ).toEqual(['name', 'local-name', 'force']);
  });
});
