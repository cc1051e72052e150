import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

describe('scripts/generate-fictional.ts', () => {
  it('writes 193 files by default that `npm run validate` accepts, the same on a second run', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lgq-gen-')), '.cache', 'fictional');
    expect(run(['scripts/generate-fictional.ts', '--out', out])).toMatch(/193 fictional response/);
    const files = readdirSync(join(out, '2022')).sort();
    expect(files).toHaveLength(193);
    const first = readFileSync(join(out, '2022', files[0]!), 'utf8');
    expect(first).toMatch(/^# FICTIONAL/);
    expect(run(['scripts/validate.ts'], { LGQ_CONTENT_DIR: out })).toMatch(/193 response file\(s\) valid/);
    run(['scripts/generate-fictional.ts', '--out', out]);
    expect(readFileSync(join(out, '2022', files[0]!), 'utf8')).toBe(first);
  });

  it('refuses to write under content/', () => {
    expect(() => run(['scripts/generate-fictional.ts', '--count', '2', '--out', 'content/responses'])).toThrow(/never goes under content/);
  });
});
