import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { atomDate, atomXml, xmlEscape } from '../../../../src/lib/feed/atom.ts';
import type { AtomFeed } from '../../../../src/lib/feed/atom.ts';
import { atomProblems } from '../../../helpers/atom.ts';

const feed: AtomFeed = {
  id: 'https://kb.example.org/',
  title: 'Feed <of> "responses" & more',
  updated: '2026-11-30',
  author: 'LGQ Knowledgebase contributors',
  links: [{ href: 'https://kb.example.org/feed.xml', rel: 'self', type: 'application/atom+xml' }],
  entries: [
    {
      id: 'https://kb.example.org/cities/almaty/#added',
      title: 'Almaty added',
      updated: '2026-11-30',
      published: '2026-11-30',
      link: { href: 'https://kb.example.org/cities/almaty/', rel: 'alternate', type: 'text/html' },
      summary: 'A & B',
    },
  ],
};

describe('atomDate', () => {
  it.each([
    ['2023-05-03', '2023-05-03T00:00:00Z'],
    ['2023-05-03T10:20:30+02:00', '2023-05-03T08:20:30Z'],
  ])('%s -> %s', (input, output) => {
    expect(atomDate(input)).toBe(output);
  });
  it.each(['3 May 2023', '2023/05/03', ''])('rejects %j', (input) => {
    expect(() => atomDate(input)).toThrow(/RFC 3339/);
  });
});

describe('atomXml', () => {
  const xml = atomXml(feed);
  it('is well-formed Atom with every element RFC 4287 requires', () => {
    expect(atomProblems(xml)).toEqual([]);
  });
  it('escapes text and attribute values', () => {
    expect(xml).toContain('<title>Feed &lt;of&gt; &quot;responses&quot; &amp; more</title>');
    expect(xml).toContain('<summary>A &amp; B</summary>');
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
  it('writes the entry in the Atom namespace with its dates as date-times', () => {
    const doc = parseDocument(xml, { xmlMode: true });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(doc.children.length).toBeGreaterThan(0);
    expect(xml).toContain('<updated>2026-11-30T00:00:00Z</updated>');
    expect(xml).toContain('<published>2026-11-30T00:00:00Z</published>');
  });
  it('is caught by the checker when a required element is missing', () => {
    expect(atomProblems(xml.replace(/<updated>[^<]*<\/updated>\n {4}/, ''))).toEqual(['entry 1: no updated']);
    expect(atomProblems(xml.replace('<id>https://kb.example.org/</id>', ''))).toEqual(['feed: no id']);
    expect(atomProblems(xml.replace('  <author><name>LGQ Knowledgebase contributors</name></author>\n', ''))).toEqual([
      'entry 1: no author, and the feed has none',
    ]);
  });
});
