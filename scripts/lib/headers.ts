/** Netlify / Cloudflare Pages `_headers`: a path pattern line, then indented `Name: value` lines. */
export type HeaderRules = Map<string, Map<string, string>>;

export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // A pattern written twice is one rule with the headers of both, as on Netlify and Cloudflare.
      const pattern = line.trim();
      current = rules.get(pattern) ?? new Map<string, string>();
      rules.set(pattern, current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current && colon > 0) current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

/** The headers for a URL path: every matching rule in file order, later ones overriding (as both hosts do). */
export function headersFor(rules: HeaderRules, path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [pattern, headers] of rules) {
    const re = new RegExp(
      `^${pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (re.test(path)) for (const [k, v] of headers) out.set(k, v);
  }
  return out;
}

/** A CSP string as directive -> source list. */
export function cspDirectives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d): d is [string, ...string[]] => Boolean(d[0]))
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}
