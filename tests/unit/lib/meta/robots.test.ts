import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../../src/lib/meta/robots.ts';

describe('robotsTxt', () => {
  it('names the absolute sitemap when the build has an origin', () => {
    const text = robotsTxt('https://kb.example.org');
    expect(text.split('\n')).toEqual([
      'User-agent: *',
      'Allow: /',
      'Disallow: /sources/',
      '',
      'Sitemap: https://kb.example.org/sitemap-index.xml',
      '',
    ]);
  });
  it('has no Sitemap line (which must be absolute) without one, and says why', () => {
    const text = robotsTxt(undefined);
    expect(text).not.toMatch(/^Sitemap:/m);
    expect(text).toMatch(/^# No sitemap: .*LGQ_SITE/m);
    expect(text).toMatch(/^User-agent: \*$/m);
  });
});
