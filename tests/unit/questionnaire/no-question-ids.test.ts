import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Editions own their semantics: outside src/questionnaire no code names a question id. A quoted
 * `'IV.1'` elsewhere means an edition's knowledge leaked into generic code (comments may cite ids).
 */

const ROOT = join(import.meta.dirname, '../../..');
const QUESTION_ID_LITERAL = /['"`](?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.\d+/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(ROOT, 'src/questionnaire') ? [] : sourceFiles(path);
    return /\.(ts|mjs|js|astro)$/.test(entry.name) ? [path] : [];
  });
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

/** `file: literal` for every question-id literal in the code of `files`. */
function questionIdLiterals(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    [...withoutComments(readFileSync(file, 'utf8')).matchAll(QUESTION_ID_LITERAL)].map((m) => `${relative(ROOT, file)}: ${m[0]}`),
  );
}

describe('question ids', () => {
  it.each([
    ["const q = getQuestion(r.edition, 'IX.1');", ["'IX.1"]],
    ['percentOf("IV.1")', ['"IV.1']],
    ['set(`III.2`, key)', ['`III.2']],
    ["// 'IV.1' in a comment\nconst x = 1;", []],
    ["const version = '1.2';", []],
    ["const ratio = '.12';", []],
  ])('the check finds the literals in %j', (code, found) => {
    expect([...withoutComments(code).matchAll(QUESTION_ID_LITERAL)].map((m) => m[0])).toEqual(found);
  });

  it('are named only in src/questionnaire, never in the rest of src/ or scripts/', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))];
    expect(files.length).toBeGreaterThan(50);
    expect(questionIdLiterals(files)).toEqual([]);
  });
});
