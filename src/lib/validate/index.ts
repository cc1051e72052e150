import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { EDITION_YEARS, getEdition, isKnownEdition } from '../../questionnaire/index.ts';
import { isSlug, RESERVED_SLUGS, SLUG_RULE, schemaForEdition } from '../../schemas/response.ts';
import type { ResponseData, SchemaOptions } from '../../schemas/response.ts';

/** One thing wrong with a content file, pointing at the exact place. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Dotted path of the field, e.g. `answers.III.2.sendai`; `(file)` for whole-file problems. */
  readonly field: string;
  readonly message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.field}  ${p.message}`;
}

export interface ValidatedResponse {
  /** Path relative to the content folder's parent, as shown in messages. */
  readonly file: string;
  readonly slug: string;
  readonly edition: number;
  readonly data: ResponseData;
}

type PathSegment = PropertyKey;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(file)';
}

interface Located {
  /** The deepest node that exists along the path. */
  readonly node: YamlNode | null;
  /** The key node of the deepest pair found (points at the field name). */
  readonly key: YamlNode | null;
  readonly found: boolean;
}

/** Walk a YAML document along a zod issue path. */
function locate(doc: Document, path: readonly PathSegment[]): Located {
  let node: unknown = doc.contents;
  let key: YamlNode | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node: node as YamlNode, key, found: false };
      key = pair.key as YamlNode;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg];
    } else {
      return { node: (node as YamlNode) ?? null, key, found: false };
    }
  }
  return { node: (node as YamlNode) ?? null, key, found: true };
}

function position(lines: LineCounter, node: YamlNode | null): { line: number; column: number } {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${String(v)}`;
}

/** Zod's default messages are terse; say what is expected in the maintainer's terms. */
function messageFor(issue: z.core.$ZodIssue, located: Located, value: unknown): string {
  if (!located.found && value === undefined) return 'is required but missing';
  if (issue.code === 'invalid_type') {
    const custom = issue.message.startsWith('Invalid input') ? `must be ${issue.expected}` : issue.message;
    return `${custom}, found ${describeValue(value)}`;
  }
  if (issue.code === 'invalid_union') {
    return typeof value === 'string' ? 'must be an absolute http:// or https:// URL' : 'must be a URL, or a mapping with `url` and `label`';
  }
  if (issue.code === 'invalid_value' && issue.values.length === 1 && typeof issue.values[0] === 'number') {
    return `must be ${String(issue.values[0])} (the edition of the folder this file is in), found ${describeValue(value)}`;
  }
  if (
    issue.code === 'invalid_value' ||
    issue.code === 'invalid_format' ||
    issue.code === 'custom' ||
    issue.code === 'too_small' ||
    issue.code === 'too_big'
  ) {
    return value === undefined ? issue.message : `${issue.message} (found ${describeValue(value)})`;
  }
  return issue.message;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

export interface ValidateOptions extends SchemaOptions {
  /** The edition the file's folder says it belongs to. */
  readonly edition: number;
}

/** Validate the text of one YAML response file. Returns every problem found, each located. */
export function validateResponseText(text: string, file: string, options: ValidateOptions): { data?: ResponseData; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const problems: Problem[] = [];
  for (const err of [...doc.errors, ...doc.warnings]) {
    const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
    const first = (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ file, line: pos.line, column: pos.col, field: '(yaml)', message: `YAML syntax: ${first}` });
  }
  if (problems.length) return { problems };

  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file, line: 1, column: 1, field: '(file)', message: 'must be a YAML mapping of fields (is the file empty?)' }] };
  }
  const result = schemaForEdition(options.edition, options).safeParse(data);
  if (result.success) return { data: result.data, problems };

  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const located = locate(doc, [...issue.path, key]);
        const { line, column } = position(lines, located.key ?? located.node);
        problems.push({
          file,
          line,
          column,
          field: formatPath([...issue.path, key]),
          message: `unknown field "${key}" (a typo? allowed here: see the JSON Schema or the questionnaire)`,
        });
      }
      continue;
    }
    const located = locate(doc, issue.path);
    const { line, column } = position(lines, located.found ? located.node : (located.key ?? located.node));
    problems.push({ file, line, column, field: formatPath(issue.path), message: messageFor(issue, located, valueAt(data, issue.path)) });
  }
  // Two checks can say the same thing about one value (e.g. URL format and protocol): say it once.
  const unique = [...new Map(problems.map((p) => [formatProblem(p), p])).values()];
  unique.sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems: unique };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return (
    entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      // Hidden files inside the folder are skipped; the folder itself may sit under one (e.g. .cache/fictional).
      .filter(
        (f) =>
          !relative(dir, f)
            .split(sep)
            .some((part) => part.startsWith('.')),
      )
      .sort()
  );
}

/** Collapses case and diacritics so "Zürich" and "zurich" count as the same city. */
function cityKey(name: string, country: string): string {
  return `${country}|${name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;
}

export interface ContentValidation {
  readonly responses: ValidatedResponse[];
  readonly problems: Problem[];
  readonly fileCount: number;
}

/**
 * Validate every file under a responses folder (`<edition>/<slug>.yaml`).
 * Every file is accounted for: it is a valid response or it produces a problem.
 */
export async function validateContentDir(dir: string, options: SchemaOptions & { displayRoot?: string } = {}): Promise<ContentValidation> {
  const root = options.displayRoot ?? process.cwd();
  const files = await listFiles(dir);
  const responses: ValidatedResponse[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, { file: string }>();

  for (const abs of files) {
    const file = relative(root, abs) || abs;
    const rel = relative(dir, abs).split(sep);
    const whole = (message: string, field = '(file)') => problems.push({ file, line: 1, column: 1, field, message });
    const name = rel.at(-1) ?? '';
    if (!name.endsWith('.yaml')) {
      whole(`is not a response file: responses are YAML files named <slug>.yaml${name.endsWith('.yml') ? ' (rename .yml to .yaml)' : ''}`);
      continue;
    }
    if (rel.length !== 2) {
      whole(`must sit directly in an edition folder: content/responses/<edition>/<slug>.yaml`);
      continue;
    }
    const editionDir = rel[0] ?? '';
    const edition = Number(editionDir);
    if (!/^\d{4}$/.test(editionDir) || !isKnownEdition(edition)) {
      whole(
        `is in folder "${editionDir}", but the questionnaire defines no such edition (known editions: ${EDITION_YEARS.join(', ')})`,
        'edition',
      );
      continue;
    }
    const slug = name.slice(0, -'.yaml'.length);
    if (!isSlug(slug)) whole(`file name "${slug}" breaks the slug rule: ${SLUG_RULE}`, '(file name)');
    else if (RESERVED_SLUGS.includes(slug))
      whole(`file name "${slug}" is reserved for the site's own pages (/cities/${slug}/…): add a word, e.g. "${slug}-city"`, '(file name)');

    const text = await readFile(abs, 'utf8');
    const result = validateResponseText(text, file, { ...options, edition });
    problems.push(...result.problems);
    if (!result.data) continue;

    const key = `${edition}|${cityKey(result.data.city.name, result.data.city.country)}`;
    const earlier = seen.get(key);
    if (earlier) {
      const lines = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lines });
      const { line, column } = position(lines, locate(doc, ['city', 'name']).node);
      problems.push({
        file,
        line,
        column,
        field: 'city.name',
        message: `${result.data.city.name} (${result.data.city.country}) already has a ${edition} response in ${earlier.file}: one file per city per edition`,
      });
      continue;
    }
    seen.set(key, { file });
    if (isSlug(slug) && !RESERVED_SLUGS.includes(slug)) responses.push({ file, slug, edition, data: result.data });
  }
  return { responses, problems, fileCount: files.length };
}

export { getEdition };
