import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';

/** One segment of a path into a response file: a key, or an index in a list. */
export type PathSegment = PropertyKey;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(file)';
}

export interface Located {
  /** The deepest node that exists along the path. */
  readonly node: YamlNode | null;
  /** The key node of the deepest pair found (points at the field name). */
  readonly key: YamlNode | null;
  readonly found: boolean;
}

/** Walk a YAML document along a path (a zod issue's, or a field's). */
export function locate(doc: Document, path: readonly PathSegment[]): Located {
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

export function position(lines: LineCounter, node: YamlNode | null): { line: number; column: number } {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = lines.linePos(offset);
  return { line: Math.max(1, line), column: Math.max(1, col) };
}

/** Where a path is in the file: the value when it exists, else the deepest key or node found on the way. */
export function positionOf(doc: Document, lines: LineCounter, path: readonly PathSegment[]): { line: number; column: number } {
  const located = locate(doc, path);
  return position(lines, located.found ? located.node : (located.key ?? located.node));
}
