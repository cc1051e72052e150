import { describe, expect, it } from 'vitest';
import { ALL_BUT_EMBED, expandAllButEmbed, patternsOutsideEmbed } from '../../../src/integrations/frame-headers.ts';
import { headersFor, parseHeadersFile } from '../../../scripts/lib/headers.ts';

const entries = [
  { name: 'cities', folder: true },
  { name: 'embed', folder: true },
  { name: '_headers', folder: false },
  { name: 'feed.xml', folder: false },
  { name: 'index.html', folder: false },
];

const file = `/*
  X-Content-Type-Options: nosniff

${ALL_BUT_EMBED}
  Content-Security-Policy: frame-ancestors 'none'

/embed/*
  Content-Security-Policy: frame-ancestors *
`;

describe('the headers that allow framing of the embed pages only', () => {
  it('cover every top-level entry but the embed folder and the headers file, and the home page', () => {
    expect(patternsOutsideEmbed(entries)).toEqual(['/', '/cities/*', '/feed.xml', '/index.html']);
  });

  const rules = parseHeadersFile(expandAllButEmbed(file, patternsOutsideEmbed(entries)));
  it.each([
    ['/', "frame-ancestors 'none'"],
    ['/index.html', "frame-ancestors 'none'"],
    ['/cities/almaty/', "frame-ancestors 'none'"],
    ['/feed.xml', "frame-ancestors 'none'"],
    ['/embed/v-3/satisfaction-ranked/', 'frame-ancestors *'],
  ])('%s gets %s', (path, csp) => {
    expect(headersFor(rules, path).get('content-security-policy')).toBe(csp);
    expect(headersFor(rules, path).get('x-content-type-options')).toBe('nosniff');
  });

  it('leave no placeholder, and no path matched by two rules that set the policy', () => {
    expect([...rules.keys()]).not.toContain(ALL_BUT_EMBED);
    const setting = [...rules].filter(([, h]) => h.has('content-security-policy')).map(([p]) => p);
    for (const path of ['/', '/index.html', '/cities/almaty/', '/feed.xml', '/embed/a/b/']) {
      const matching = setting.filter((pattern) => headersFor(new Map([[pattern, new Map([['x', 'y']])]]), path).size > 0);
      expect(matching, path).toHaveLength(1);
    }
  });

  it('leave a file without the placeholder as it is', () => {
    expect(expandAllButEmbed('/*\n  A: b\n', ['/'])).toBe('/*\n  A: b\n');
  });
});
