import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteOrigin, SITE_UNSET_WARNING } from '../../../../src/lib/site/origin.ts';

describe('siteOrigin', () => {
  it.each([
    [{}, undefined],
    [{ LGQ_SITE: '' }, undefined],
    [{ LGQ_SITE: '  ' }, undefined],
    [{ LGQ_SITE: 'https://kb.example.org' }, 'https://kb.example.org/'],
    [{ LGQ_SITE: 'https://user.github.io/lgq/' }, 'https://user.github.io/lgq/'],
  ])('reads %j as %s', (env, href) => {
    expect(siteOrigin(env)?.href).toBe(href);
  });
  it.each(['kb.example.org', 'ftp://kb.example.org'])('rejects %s', (value) => {
    expect(() => siteOrigin({ LGQ_SITE: value })).toThrow(/LGQ_SITE/);
  });
});

describe('absoluteUrl', () => {
  it('resolves a site path against the origin, and gives nothing without one', () => {
    expect(absoluteUrl('/data/', 'https://kb.example.org')).toBe('https://kb.example.org/data/');
    expect(absoluteUrl('/data/', undefined)).toBeUndefined();
  });
  it('warns in words that say what is missing and how to fix it', () => {
    expect(SITE_UNSET_WARNING).toMatch(/LGQ_SITE is not set/);
    expect(SITE_UNSET_WARNING).toMatch(/docs\/deploy\.md/);
  });
});
