/*
 * The stylesheet inside a chart's take-away SVG (and the PNG made from it): the charts' own rules
 * from charts.css, in the light scheme, with every CSS variable replaced by its value, since
 * neither an SVG opened on its own nor resvg knows the page's variables. One source of colours:
 * charts.css and the page tokens of global.css.
 */

/** The top-level blocks of a stylesheet (`selector { body }`), @-rules (dark scheme, print) left out. */
function topLevelRules(css: string): { selector: string; body: string }[] {
  const rules: { selector: string; body: string }[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (text[i] === '}') {
      depth--;
      if (depth === 0) {
        const selector = text.slice(start, open).trim();
        if (!selector.startsWith('@')) rules.push({ selector, body: text.slice(open + 1, i).trim() });
        start = i + 1;
      }
    }
  }
  return rules;
}

/** Custom properties declared in the given rules, later declarations winning. */
function variablesOf(rules: readonly { body: string }[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const r of rules) for (const m of r.body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) vars.set(m[1]!, m[2]!.trim());
  return vars;
}

/** `var(--x)` and `var(--x, fallback)` replaced by their values, nested ones too. */
export function resolveVariables(value: string, vars: ReadonlyMap<string, string>): string {
  let out = value;
  for (let guard = 0; guard < 5 && out.includes('var('); guard++)
    out = out.replace(
      /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
      (_, name: string, fallback?: string) => vars.get(name) ?? fallback?.trim() ?? '',
    );
  return out;
}

/**
 * The take-away stylesheet: the `.chart-svg` rules of `chartsCss`, light scheme, variables from
 * `pageCss`'s `:root` and charts.css's own palette, text in the shipped font.
 */
export function takeAwayStyle(chartsCss: string, pageCss: string, fontFamily: string): string {
  const pageRules = topLevelRules(pageCss).filter((r) => r.selector === ':root');
  const chartRules = topLevelRules(chartsCss);
  const vars = variablesOf([...pageRules, ...chartRules.filter((r) => r.selector.split(',').some((s) => s.trim() === '.chart-svg'))]);
  const marks = chartRules.filter(
    (r) => r.selector.split(',').every((s) => s.trim().startsWith('.chart-svg ')) && !/(^|;)\s*--[\w-]+\s*:/.test(r.body),
  );
  const body = marks.map((r) => `${r.selector.replace(/\s+/g, ' ')}{${resolveVariables(r.body, vars).replace(/\s+/g, ' ')}}`);
  const [ink, muted, paper] = ['--fg', '--muted', '--bg'].map((v) => resolveVariables(`var(${v})`, vars));
  const font = `font-family:'${fontFamily}',sans-serif`;
  return [
    `svg{${font}}`,
    `.chart-svg{font-size:12px;color:${ink}}`,
    `.ta-background{fill:${paper}}`,
    `.ta-title{${font};font-size:18px;font-weight:700;fill:${ink}}`,
    `.ta-summary{${font};font-size:13px;fill:${ink}}`,
    `.ta-note,.ta-source{${font};font-size:12px;fill:${muted}}`,
    ...body,
    // Halos as separate copies under the text (take-away.ts: resvg ignores paint-order).
    `.chart-svg .ta-halo{fill:${paper};stroke:${paper}}`,
    `.chart-svg .ta-ink{fill:${ink}}`,
    `.chart-svg .ta-ink--segment-label{font-weight:600}`,
  ].join('\n');
}

/** The blocks inside every `@media (prefers-color-scheme: dark)` of a stylesheet, as top-level rules. */
function darkRules(css: string): { selector: string; body: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: { selector: string; body: string }[] = [];
  for (const m of text.matchAll(/@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
    out.push(...topLevelRules(text.slice(start, i - 1)));
  }
  return out;
}

/** Does a selector apply to a drawing that uses only `classes`? Every class of one of its parts must be used. */
function usedBy(selector: string, classes: ReadonlySet<string>): boolean {
  return selector.split(',').some((part) => [...part.matchAll(/\.([\w-]+)/g)].every((m) => classes.has(m[1]!)));
}

/**
 * The stylesheet inside a shared strip image (strip/image.ts): the `.chart-svg` rules of `chartsCss`
 * that the drawing's `classes` use, with the colour variables they need declared on the image's root,
 * once for the light scheme and again inside `@media (prefers-color-scheme: dark)`, from the same
 * tokens as the page (`pageCss`'s `:root`) and the inline charts (charts.css's palette). Unlike the
 * take-away image, nothing is resolved: a browser shows this file, not resvg. Text is in the page's
 * font stack, whose last resort is the reader's sans-serif.
 */
export function stripImageStyle(chartsCss: string, pageCss: string, classes: ReadonlySet<string>): string {
  const chartRules = topLevelRules(chartsCss);
  const isPalette = (r: { selector: string }) => r.selector === ':root' || r.selector.split(',').some((s) => s.trim() === '.chart-svg');
  const light = variablesOf([...topLevelRules(pageCss).filter(isPalette), ...chartRules.filter(isPalette)]);
  const dark = variablesOf([...darkRules(pageCss).filter(isPalette), ...darkRules(chartsCss).filter(isPalette)]);
  const marks = chartRules.filter(
    (r) =>
      r.selector.split(',').every((s) => s.trim().startsWith('.chart-svg ')) &&
      !/(^|;)\s*--[\w-]+\s*:/.test(r.body) &&
      usedBy(r.selector, classes),
  );
  const root = 'font-family:var(--font-sans);font-size:12px;color:var(--chart-ink)';
  const body = marks.map((r) => `${r.selector.replace(/\s+/g, ' ')}{${r.body.replace(/\s+/g, ' ')}}`);
  // Only the variables the rules use, and the ones those refer to.
  const needed = new Set<string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(/var\(\s*(--[\w-]+)/g))
      if (!needed.has(m[1]!)) {
        needed.add(m[1]!);
        visit(`${light.get(m[1]!) ?? ''} ${dark.get(m[1]!) ?? ''}`);
      }
  };
  visit([root, ...body].join(' '));
  const declare = (vars: ReadonlyMap<string, string>) =>
    [...needed]
      .filter((v) => vars.has(v))
      .map((v) => `${v}:${vars.get(v)}`)
      .join(';');
  return [`svg{${declare(light)};${root}}`, `@media (prefers-color-scheme:dark){svg{${declare(dark)}}}`, ...body].join('\n');
}
